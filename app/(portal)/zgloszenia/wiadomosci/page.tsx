import type { Metadata } from "next";
import Link from "next/link";
import { requireCustomer } from "@/lib/auth/customer";
import { getTenant } from "@/lib/tenant/server";
import { formatDateTime } from "@/lib/format";
import { categoryLabel, ticketWords } from "@/lib/tickets/labels";
import { sentMessages } from "@/lib/tickets/queries";
import { parseSearch, type SearchParams } from "@/lib/tickets/search-params";
import { TicketsSubnav } from "@/components/tickets/tickets-subnav";
import { Pagination } from "@/components/tickets/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: ticketWords(await getTenant()).messages };
}

/** "Lista wysłanych wiadomości": what the customer wrote, across all tickets, newest first. */
export default async function SentMessagesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { scope } = await requireCustomer({ module: "tickets" });
  const { tenant } = scope;
  const words = ticketWords(tenant);
  const { page } = parseSearch(tenant, await searchParams);
  const result = await sentMessages(scope, page);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{words.module}</h1>
      <TicketsSubnav words={words} current="messages" />
      <h2 className="mb-3 text-xl font-semibold">{words.messages}</h2>
      {result.rows.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-5">Nie masz jeszcze wysłanych wiadomości.</p>
      ) : (
        <ul className="grid gap-3" data-testid="sent-messages">
          {result.rows.map((message) => (
            <li key={message.id} className="rounded-lg border border-line bg-white p-4">
              <p className="text-sm text-ink-muted">
                {formatDateTime(message.createdAt)} · {message.ticketNumber} · {categoryLabel(tenant, message.category)}
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
    </>
  );
}
