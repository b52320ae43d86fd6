import Link from "next/link";
import type { ReactNode } from "react";

/**
 * The frame of the signed-out account screens (registration, activation, recovery, reset link): a
 * titled card on the tinted page. Registration's long forms get the wider card.
 */
export function AuthCard({ title, children, testId, width = "wide" }: { title: string; children: ReactNode; testId?: string; width?: "wide" | "narrow" }) {
  return (
    <div className={`mx-auto w-full ${width === "wide" ? "max-w-2xl" : "max-w-xl"} px-4 py-8 sm:px-6 sm:py-12`}>
      <section aria-labelledby="page-title" className="rounded-lg border border-line bg-white p-5 shadow-xs sm:p-8" data-testid={testId}>
        <h1 id="page-title" className="text-2xl font-bold tracking-tight text-balance text-brand">
          {title}
        </h1>
        <div className="mt-5">{children}</div>
      </section>
    </div>
  );
}

export const linkClass = "font-medium text-brand underline underline-offset-2 hover:decoration-2";

/** A button-looking link, e.g. "POWRÓT" and "Zaloguj" of document 001. */
export function ButtonLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link
      href={href}
      className="inline-flex min-h-11 w-full items-center justify-center rounded-md bg-brand px-5 py-2.5 text-base font-semibold tracking-wide text-brand-contrast uppercase no-underline shadow-sm hover:opacity-90 sm:w-auto"
    >
      {children}
    </Link>
  );
}
