import type { ReactNode } from "react";

/** A white card with its own h2, named by it for screen readers (the shape of the document page's sections). */
export function CardSection({ id, title, testId, children }: { id: string; title: ReactNode; testId?: string; children: ReactNode }) {
  return (
    <section className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6" aria-labelledby={`${id}-title`} data-testid={testId}>
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
