import { BrandScope } from "@/components/console/brand-scope";
import { MarkdownContent } from "@/components/markdown";
import { polishNbsp } from "@/components/typography";
import { formatDate } from "@/lib/format";
import type { Tenant } from "@/lib/tenant/schema";

/**
 * The version as the tenant's public /regulamin page shows it (components/legal-document.tsx), in
 * the tenant's branding. The Markdown goes through the same safe renderer (no raw HTML, no images).
 * The title is an h2 here: the console page has its own h1.
 */
export function RegulationPreview({
  tenant,
  version,
}: {
  tenant: Tenant;
  version: { title: string; version: string; effectiveDate: string; markdown: string };
}) {
  return (
    <section aria-labelledby="podglad" className="mt-8">
      <h2 id="podglad" className="text-lg font-semibold">
        Podgląd strony regulaminu
      </h2>
      <p className="mt-1 text-sm text-ink-muted">Tak wersja będzie wyglądać w serwisie {tenant.names.product}.</p>
      <BrandScope tenant={tenant} className="mt-3 overflow-hidden rounded-lg border border-line">
        <div className="bg-brand px-4 py-3 font-semibold text-brand-contrast sm:px-6">{tenant.names.product}</div>
        <article className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6" data-testid="regulation-preview">
          <h3 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">{polishNbsp(version.title)}</h3>
          <p className="mt-3 text-ink-muted">
            Wersja {version.version}, obowiązuje od {formatDate(version.effectiveDate)}
          </p>
          <div className="mt-8 rounded-lg border border-line bg-white px-5 py-6 shadow-xs sm:px-8 sm:py-8">
            <MarkdownContent markdown={version.markdown} />
          </div>
        </article>
      </BrandScope>
    </section>
  );
}
