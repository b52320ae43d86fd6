import type { ReactNode } from "react";

/** A white card labelled by its heading (the console's customer page, "Moje dane"); the look comes from the caller. */
export function CardSection(props: { id: string; title: string; className: string; headingClassName: string; children: ReactNode }) {
  const { id, title, className, headingClassName, children } = props;
  return (
    <section aria-labelledby={id} className={`rounded-lg border border-line bg-white p-5 ${className}`}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
