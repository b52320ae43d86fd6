import type { TicketWords } from "@/lib/tickets/labels";
import { TabRow } from "@/components/portal/tab-row";

export type TicketsView = "list" | "new" | "messages" | "search";

/** The sub-views of the module (document 004): new, sent list, sent messages, advanced search. */
export function TicketsSubnav({ words, current }: { words: TicketWords; current?: TicketsView }) {
  const tabs: { id: TicketsView; href: string; label: string }[] = [
    { id: "new", href: "/zgloszenia/nowe", label: words.newTicket },
    { id: "list", href: "/zgloszenia", label: words.list },
    { id: "messages", href: "/zgloszenia/wiadomosci", label: words.messages },
    { id: "search", href: "/zgloszenia/wyszukiwanie", label: words.search },
  ];
  return <TabRow label={words.module} tabs={tabs} current={current} look="buttons" />;
}
