import { BackHeading } from "@/components/back-heading";
import type { ReactNode } from "react";

/**
 * The top of a console page one level down: the link back to where it came from, the heading (long
 * e-mail addresses and names wrap rather than widen the page) and an optional line of introduction.
 */
export function ConsoleHeading({ back, title, intro }: { back: { href: string; label: string }; title: ReactNode; intro?: ReactNode }) {
  return (
    <>
      <BackHeading back={back} title={title} linkClassName="font-medium underline underline-offset-2" titleClassName="wrap-anywhere" />
      {intro ? <p className="mt-1 max-w-prose text-sm text-ink-muted">{intro}</p> : null}
    </>
  );
}

/** The white card a console form or confirmation sits in. */
export function ConsoleCard({ wide, children }: { wide?: boolean; children: ReactNode }) {
  return <div className={`mt-6 ${wide ? "max-w-3xl" : "max-w-2xl"} rounded-lg border border-line bg-white p-5 shadow-sm sm:p-7`}>{children}</div>;
}
