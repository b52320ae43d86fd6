import type { ReactNode } from "react";

/** The console's sign-in pages: a neutral card — the back office shows no seller's branding. */
export function ConsoleAuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md px-4 py-10 sm:py-16">
      <p className="text-sm font-semibold tracking-wide text-ink-muted uppercase">mojBOK · konsola obsługi</p>
      <div className="mt-3 rounded-lg border border-line bg-white p-6 shadow-sm sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
        {intro ? <div className="mt-2 text-sm leading-relaxed text-ink-muted">{intro}</div> : null}
        <div className="mt-6">{children}</div>
      </div>
    </div>
  );
}
