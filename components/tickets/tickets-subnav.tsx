import Link from "next/link";
import type { TicketWords } from "@/lib/tickets/labels";

export type TicketsView = "list" | "new" | "messages" | "search";

/** The sub-views of the module (document 004): new, sent list, sent messages, advanced search. */
export function TicketsSubnav({ words, current }: { words: TicketWords; current?: TicketsView }) {
  const items: { view: TicketsView; href: string; label: string }[] = [
    { view: "new", href: "/zgloszenia/nowe", label: words.newTicket },
    { view: "list", href: "/zgloszenia", label: words.list },
    { view: "messages", href: "/zgloszenia/wiadomosci", label: words.messages },
    { view: "search", href: "/zgloszenia/wyszukiwanie", label: words.search },
  ];
  return (
    <nav aria-label={words.module} className="mt-4 mb-6">
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.view}>
            <Link
              href={item.href}
              aria-current={item.view === current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-md border px-3 py-2 text-sm font-semibold no-underline ${item.view === current ? "border-brand bg-brand text-brand-contrast" : "border-line bg-white text-ink hover:border-brand"}`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
