import type { Metadata } from "next";
import { now } from "@/lib/clock";
import { scopeTenants } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";
import { parseQueueParams, type SearchParams } from "@/lib/staff/ticket-queue-params";
import { QUEUE_PAGE_SIZE, ticketQueue } from "@/lib/staff/tickets";
import { Pagination } from "@/components/tickets/pagination";
import { QueueFilters } from "@/components/console/tickets/queue-filters";
import { QueueTable } from "@/components/console/tickets/queue-table";

export const metadata: Metadata = { title: "Zgłoszenia" };

/**
 * The ticket queue of the tenants in scope (issue 5 item 7): complaints nearest their 14-day limit
 * first, then the oldest waiting. Filters are GET parameters; the query is limited to the scope.
 */
export default async function ConsoleTicketsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const scope = await requireStaff();
  const tenants = scopeTenants(scope);
  const { filters, values, page, invalidAge } = parseQueueParams(tenants, await searchParams);
  const at = now();
  const queue = await ticketQueue(scope, filters, page, at);
  const first = (queue.page - 1) * QUEUE_PAGE_SIZE + 1;
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Zgłoszenia</h1>
      <p className="mt-1 mb-4 text-sm text-ink-muted">
        Najpierw reklamacje z najbliższym (lub minionym) 14-dniowym terminem odpowiedzi, potem najdłużej czekające.
      </p>
      <QueueFilters tenants={tenants} values={values} invalidAge={invalidAge} />
      {queue.rows.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-5" data-testid="queue-empty">
          Brak zgłoszeń spełniających kryteria.
        </p>
      ) : (
        <>
          <p className="mb-3 text-sm text-ink-muted" role="status">
            Zgłoszenia {first}–{first + queue.rows.length - 1} z {queue.total}
          </p>
          <QueueTable rows={queue.rows} tenants={tenants} at={at} />
          <Pagination base="/konsola/zgloszenia" values={values} page={queue.page} pageCount={queue.pageCount} />
        </>
      )}
    </>
  );
}
