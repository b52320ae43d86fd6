import type { ReactNode } from "react";

/**
 * A white card labelled by its own h2 (the document page's sections, the console's customer page, "Moje dane").
 * The heading's id is `id`; callers may change the card's and the heading's look.
 */
export function CardSection(props: { id: string; title: ReactNode; testId?: string; className?: string; headingClassName?: string; children: ReactNode }) {
  const { id, title, testId, className = "mt-6 shadow-xs sm:p-6", headingClassName = "text-lg font-semibold", children } = props;
  return (
    <section aria-labelledby={id} className={`rounded-lg border border-line bg-white p-5 ${className}`} data-testid={testId}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
