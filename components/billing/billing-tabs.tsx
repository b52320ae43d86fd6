import Link from "next/link";

const tabClass = "inline-flex min-h-11 items-center border-b-4 px-4 font-semibold no-underline";

/** "Dokumenty" / "Historia wpłat" on /faktury: two views of one page, chosen by ?widok= (a link, no JS). */
export function BillingTabs({ path, current }: { path: string; current: "documents" | "payments" }) {
  const tabs = [
    { id: "documents", label: "Dokumenty", href: path },
    { id: "payments", label: "Historia wpłat", href: `${path}?widok=wplaty` },
  ] as const;
  return (
    <nav aria-label="Widok" className="mt-6 border-b border-line">
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
