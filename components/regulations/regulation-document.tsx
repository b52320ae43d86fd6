import Link from "next/link";
import type { RegulationVersion } from "@/db/schema";
import { formatDate } from "@/lib/format";
import { LegalDocument } from "@/components/legal-document";

/** One published regulation version (the one in force or an archived one), with the way to the archive. */
export function RegulationDocument({ regulation }: { regulation: Pick<RegulationVersion, "title" | "version" | "effectiveDate" | "markdown"> }) {
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
