import type { CustomerScope } from "@/lib/auth/customer-scope";
import type { TicketWords } from "@/lib/tickets/labels";
import { listTickets, PAGE_SIZE } from "@/lib/tickets/queries";
import type { parseSearch } from "@/lib/tickets/search-params";
import { Pagination } from "@/components/tickets/pagination";
import { TicketTable } from "@/components/tickets/ticket-table";

/** One page of the customer's tickets for the list and the search view; Polish empty states. */
export async function TicketResults(props: { scope: CustomerScope; words: TicketWords; search: ReturnType<typeof parseSearch>; base: string }) {
  const { scope, words, search, base } = props;
  const { tenant } = scope;
  const result = await listTickets(scope, search.filters, search.page);
  if (result.rows.length === 0) {
    return (
      <p className="rounded-lg border border-line bg-white p-5" data-testid="tickets-empty">
        {search.active ? "Nic nie znaleziono. Zmień kryteria wyszukiwania." : words.empty}
      </p>
    );
  }
  return (
    <>
      <p className="mb-3 text-sm text-ink-muted">Liczba wyników: {result.total}</p>
      <TicketTable tenant={tenant} words={words} rows={result.rows} firstNumber={(result.page - 1) * PAGE_SIZE + 1} />
      <Pagination base={base} values={search.values} page={result.page} pageCount={result.pageCount} />
    </>
  );
}
