import { MarkdownContent } from "@/components/markdown";
import { polishNbsp } from "@/components/typography";

/** A legal text of the tenant (regulation, privacy policy): title, an optional line under it, the body. */
export function LegalDocument({ title, meta, markdown }: { title: string; meta?: string; markdown: string }) {
  return (
    <article className="mx-auto w-full max-w-3xl px-4 py-10 sm:px-6 sm:py-12">
      <h1 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">{polishNbsp(title)}</h1>
      {meta ? (
        <p className="mt-3 text-ink-muted" data-testid="document-meta">
          {meta}
        </p>
      ) : null}
      <div className="mt-8 rounded-lg border border-line bg-white px-5 py-6 shadow-xs sm:px-8 sm:py-8">
        <MarkdownContent markdown={markdown} />
      </div>
    </article>
  );
}
