import Link from "next/link";

export type Tab = { id: string; label: string; href: string };

/**
 * How a row looks: underlined tabs (views of one module), brand-coloured buttons (the tickets' sub-views, Ustawienia's sections)
 * or the console's dark buttons (the preview's screens). `tab` gives a link's classes, current or not.
 */
const looks = {
  tabs: {
    nav: "mt-6 border-b border-line",
    list: "flex flex-wrap gap-1",
    tab: (current: boolean) =>
      `inline-flex min-h-11 items-center border-b-4 px-4 font-semibold no-underline ${current ? "border-brand text-brand" : "border-transparent text-ink hover:border-line"}`,
  },
  buttons: {
    nav: "mt-4 mb-6",
    list: "flex flex-wrap gap-2",
    tab: (current: boolean) =>
      `inline-flex min-h-11 items-center rounded-md border px-3 py-2 text-sm font-semibold no-underline ${current ? "border-brand bg-brand text-brand-contrast" : "border-line bg-white text-ink hover:border-brand"}`,
  },
  console: {
    nav: "mt-5",
    list: "flex flex-wrap gap-1 text-sm",
    tab: () =>
      "inline-flex min-h-11 items-center rounded-md border border-line bg-white px-3 font-medium text-ink hover:bg-surface aria-[current=page]:border-ink aria-[current=page]:bg-ink aria-[current=page]:text-white",
  },
};

/** A row of links that switch between views of one module (works without JavaScript). */
export function TabRow({ label, tabs, current, look = "tabs" }: { label: string; tabs: readonly Tab[]; current?: string; look?: keyof typeof looks }) {
  const { nav, list, tab: tabClass } = looks[look];
  return (
    <nav aria-label={label} className={nav}>
      <ul className={list}>
        {tabs.map((tab) => (
          <li key={tab.id}>
            <Link href={tab.href} aria-current={tab.id === current ? "page" : undefined} className={tabClass(tab.id === current)}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
