import type { Metadata } from "next";
import { getTenant } from "@/lib/tenant/server";
import { formatDate } from "@/lib/format";
import { LegalDocument } from "@/components/legal-document";

export const metadata: Metadata = { title: "Regulamin" };

/** The tenant's current regulation, open to everyone (the registration form links here). */
export default async function RegulationPage() {
  const { regulation } = await getTenant();
  return (
    <LegalDocument
      title={regulation.title}
      meta={`Wersja ${regulation.version}, obowiązuje od ${formatDate(regulation.effectiveDate)}`}
      markdown={regulation.markdown}
    />
  );
}
