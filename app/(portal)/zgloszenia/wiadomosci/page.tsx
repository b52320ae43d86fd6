import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { categoryLabel } from "@/lib/tickets/labels";
import { sentMessages } from "@/lib/tickets/queries";
import type { SearchParams } from "@/lib/tickets/search-params";
import { ticketsListPage, ticketsViewMetadata } from "@/lib/tickets/list-page";
import { TicketsFrame } from "@/components/tickets/tickets-frame";
import { Pagination } from "@/components/tickets/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return ticketsViewMetadata("messages");
}

/** "Lista wysłanych wiadomości": what the customer wrote, across all tickets, newest first. */
export default async function SentMessagesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { scope, words, search } = await ticketsListPage(searchParams);
  const result = await sentMessages(scope, search.page);
  return (
    <TicketsFrame words={words} view="messages">
      {result.rows.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-5">Nie masz jeszcze wysłanych wiadomości.</p>
      ) : (
        <ul className="grid gap-3" data-testid="sent-messages">
          {result.rows.map((message) => (
            <li key={message.id} className="rounded-lg border border-line bg-white p-4">
              <p className="text-sm text-ink-muted">
                {formatDateTime(message.createdAt)} · {message.ticketNumber} · {categoryLabel(scope.tenant, message.category)}
              </p>
              <Link href={`/zgloszenia/${message.ticketId}`} className="font-semibold break-words text-brand underline">
                {message.subject}
              </Link>
              <p className="mt-1 line-clamp-3 break-words whitespace-pre-line">{message.body}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination base="/zgloszenia/wiadomosci" values={{}} page={result.page} pageCount={result.pageCount} />
    </TicketsFrame>
  );
}
