import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTenant } from "@/lib/tenant/server";
import { getDb } from "@/db/client";
import { archivedRegulation } from "@/lib/regulations/archive";
import { RegulationDocument } from "@/components/regulations/regulation-document";

export const metadata: Metadata = { title: "Archiwalna wersja regulaminu" };

/** One published version by its label; drafts and other tenants' versions are not found. */
export default async function ArchivedRegulationPage({ params }: { params: Promise<{ version: string }> }) {
  const tenant = await getTenant();
  const regulation = await archivedRegulation(await getDb(), tenant, (await params).version);
  if (!regulation) notFound();
  return <RegulationDocument regulation={regulation} />;
}
