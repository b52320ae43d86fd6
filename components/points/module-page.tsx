import type { ReactNode } from "react";
import { BackHeading } from "@/components/back-heading";

/**
 * The list screen of Punkty poboru and Liczniki: the tenant's name of the module, then one card per
 * point (or meter), or a sentence when the customer has none.
 */
export function ModuleCards<T>({
  title,
  empty,
  testId,
  items,
  keyOf,
  card,
}: {
  title: string;
  empty: string;
  testId: string;
  items: T[];
  keyOf: (item: T) => string;
  card: (item: T) => ReactNode;
}) {
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
      {items.length === 0 ? (
        <p className="mt-6 rounded-lg border border-line bg-white p-5">{empty}</p>
      ) : (
        <ul className="mt-6 grid gap-4" data-testid={testId}>
          {items.map((item) => (
            <li key={keyOf(item)} className="min-w-0 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6">
              {card(item)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The top of one point's (or meter's) screen: back to the module's list, then its name. */
export function DetailHeading({ back, title }: { back: { href: string; label: string }; title: string }) {
  return (
    <BackHeading
      back={back}
      title={title}
      linkClassName="text-brand underline underline-offset-4 hover:no-underline"
      titleClassName="break-words sm:text-3xl"
    />
  );
}
