import type { Metadata } from "next";
import Link from "next/link";
import { getTenant } from "@/lib/tenant/server";
import { getDb } from "@/db/client";
import { currentRegulation } from "@/lib/regulations/in-force";
import { formatDate } from "@/lib/format";
import { LegalDocument } from "@/components/legal-document";

export const metadata: Metadata = { title: "Regulamin" };

/** The regulation in force (the newest published version), open to everyone: registration links here. */
export default async function RegulationPage() {
  const tenant = await getTenant();
  const regulation = await currentRegulation(await getDb(), tenant);
  return (
    <>
      <LegalDocument
        title={regulation.title}
        meta={`Wersja ${regulation.version}, obowiązuje od ${formatDate(regulation.effectiveDate)}`}
        markdown={regulation.markdown}
      />
      <p className="mx-auto -mt-4 w-full max-w-3xl px-4 pb-10 sm:px-6 sm:pb-12">
        <Link href="/regulamin/archiwum" className="font-medium text-brand underline underline-offset-2">
          Archiwum wersji regulaminu
        </Link>
      </p>
    </>
  );
}
