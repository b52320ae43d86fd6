import type { Metadata } from "next";
import type { SearchParams } from "@/lib/tickets/search-params";
import { ticketsListPage, ticketsViewMetadata } from "@/lib/tickets/list-page";
import { TicketsFrame } from "@/components/tickets/tickets-frame";
import { TicketResults } from "@/components/tickets/ticket-results";

export async function generateMetadata(): Promise<Metadata> {
  return ticketsViewMetadata("list");
}

/** Zgłoszenia / "Lista wysłanych spraw" (document 004): the customer's tickets across all contracts. */
export default async function TicketsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { scope, words, search } = await ticketsListPage(searchParams);
  return (
    <TicketsFrame words={words} view="list">
      <TicketResults scope={scope} words={words} search={search} base="/zgloszenia" />
    </TicketsFrame>
  );
}
