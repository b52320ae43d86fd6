import type { Metadata } from "next";
import type { SearchParams } from "@/lib/tickets/search-params";
import { ticketsListPage, ticketsViewMetadata } from "@/lib/tickets/list-page";
import { TicketsFrame } from "@/components/tickets/tickets-frame";
import { TicketResults } from "@/components/tickets/ticket-results";
import { SearchForm } from "@/components/tickets/search-form";

export async function generateMetadata(): Promise<Metadata> {
  return ticketsViewMetadata("search");
}

/** "Wyszukiwanie zaawansowane": text (subject and messages), status, type and date range. */
export default async function TicketSearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { scope, words, search } = await ticketsListPage(searchParams);
  return (
    <TicketsFrame words={words} view="search">
      <SearchForm tenant={scope.tenant} words={words} values={search.values} action="/zgloszenia/wyszukiwanie" />
      <TicketResults scope={scope} words={words} search={search} base="/zgloszenia/wyszukiwanie" />
    </TicketsFrame>
  );
}
