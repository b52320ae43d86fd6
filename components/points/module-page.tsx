import type { ReactNode } from "react";
import type { CustomerScope } from "@/lib/auth/customer-scope";
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

/**
 * The page of a module that lists cards (Punkty poboru, Liczniki): the page's own customer check
 * (`screen`, lib/points/module-screen.ts), the customer's items, and ModuleCards under the tenant's
 * name of the module (the list's test id is the module's id).
 */
export function moduleListPage<T>({
  screen,
  load,
  empty,
  keyOf,
  card,
}: {
  screen: () => Promise<{ module: string; scope: CustomerScope; title: string }>;
  load: (scope: CustomerScope) => Promise<T[]>;
  empty: string;
  keyOf: (item: T) => string;
  card: (item: T) => ReactNode;
}) {
  return async function ModuleListPage() {
    const { module, scope, title } = await screen();
    return <ModuleCards title={title} empty={empty} testId={module} items={await load(scope)} keyOf={keyOf} card={card} />;
  };
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
