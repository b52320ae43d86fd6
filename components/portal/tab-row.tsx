import Link from "next/link";

const tabClass = "inline-flex min-h-11 items-center border-b-4 px-4 font-semibold no-underline";

export type Tab = { id: string; label: string; href: string };

/** A row of links that switch between views of one module (works without JavaScript). */
export function TabRow({ label, tabs, current }: { label: string; tabs: readonly Tab[]; current: string }) {
  return (
    <nav aria-label={label} className="mt-6 border-b border-line">
      <ul className="flex flex-wrap gap-1">
        {tabs.map((tab) => (
          <li key={tab.id}>
            <Link
              href={tab.href}
              aria-current={tab.id === current ? "page" : undefined}
              className={`${tabClass} ${tab.id === current ? "border-brand text-brand" : "border-transparent text-ink hover:border-line"}`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
