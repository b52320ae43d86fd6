import type { SearchParams } from "@/lib/tickets/search-params";
import { ticketsListPage } from "@/lib/tickets/list-page";
import { TicketsFrame } from "@/components/tickets/tickets-frame";
import { TicketResults } from "@/components/tickets/ticket-results";
import { SearchForm } from "@/components/tickets/search-form";

const bases = { list: "/zgloszenia", search: "/zgloszenia/wyszukiwanie" };

/**
 * The customer's tickets across all contracts: "Lista wysłanych spraw" (document 004), or
 * "Wyszukiwanie zaawansowane" with its form above the same results.
 */
export async function TicketsListView({ searchParams, view }: { searchParams: Promise<SearchParams>; view: "list" | "search" }) {
  const { scope, words, search } = await ticketsListPage(searchParams);
  const base = bases[view];
  return (
    <TicketsFrame words={words} view={view}>
      {view === "search" ? <SearchForm tenant={scope.tenant} words={words} values={search.values} action={base} /> : null}
      <TicketResults scope={scope} words={words} search={search} base={base} />
    </TicketsFrame>
  );
}
