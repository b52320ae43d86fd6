import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTenant } from "@/lib/tenant/server";
import { getDb } from "@/db/client";
import { archivedRegulation } from "@/lib/regulations/archive";
import { formatDate } from "@/lib/format";
import { LegalDocument } from "@/components/legal-document";

export const metadata: Metadata = { title: "Archiwalna wersja regulaminu" };

/** One published version by its label; drafts and other tenants' versions are not found. */
export default async function ArchivedRegulationPage({ params }: { params: Promise<{ version: string }> }) {
  const tenant = await getTenant();
  const regulation = await archivedRegulation(await getDb(), tenant, (await params).version);
  if (!regulation) notFound();
  return (
    <>
      <LegalDocument title={regulation.title} meta={`Wersja ${regulation.version}, obowiązuje od ${formatDate(regulation.effectiveDate)}`} markdown={regulation.markdown} />
      <p className="mx-auto -mt-4 w-full max-w-3xl px-4 pb-10 sm:px-6 sm:pb-12">
        <Link href="/regulamin/archiwum" className="font-medium text-brand underline underline-offset-2">
          Archiwum wersji regulaminu
        </Link>
      </p>
    </>
  );
}
