import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { Tenant } from "@/lib/tenant/schema";
import { categoryLabel, ticketStatusLabels } from "@/lib/tickets/labels";
import { ageText } from "@/lib/staff/ticket-queue-params";
import type { QueueRow } from "@/lib/staff/tickets";
import { DueLabel } from "./due-label";

const columns = ["Sprzedawca", "Numer", "Temat", "Kategoria", "Nr klienta", "Utworzono", "Wiek", "Termin odpowiedzi", "Status", "Nieprzeczytane"] as const;

/**
 * The queue. At phone width each row becomes a card of "label: value" lines (the label from
 * data-label), so nothing scrolls sideways; from 640 px it is a table.
 */
export function QueueTable({ rows, tenants, at }: { rows: QueueRow[]; tenants: Tenant[]; at: Date }) {
  const th = "px-2 py-2 text-left font-semibold sm:px-3";
  const td =
    "px-2 py-2 align-top sm:px-3 max-sm:flex max-sm:gap-3 max-sm:py-0.5 max-sm:before:w-36 max-sm:before:shrink-0 max-sm:before:font-semibold max-sm:before:text-ink-muted max-sm:before:content-[attr(data-label)]";
  const byId = new Map(tenants.map((t) => [t.id, t]));
  return (
    <div className="relative rounded-lg border border-line bg-white">
      <table className="w-full border-collapse text-sm max-sm:block" data-testid="queue-table">
        <caption className="sr-only">Kolejka zgłoszeń</caption>
        <thead className="border-b border-line bg-surface max-sm:sr-only max-sm:block">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={column === "Nieprzeczytane" ? `${th} text-right` : th}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {rows.map((row) => {
            const tenant = byId.get(row.tenantId);
            return (
              <tr key={row.id} className="border-b border-line last:border-0 max-sm:block max-sm:py-2" data-testid="queue-row">
                <td className={td} data-label="Sprzedawca">{tenant?.names.short ?? row.tenantId}</td>
                <td className={`${td} wrap-anywhere sm:whitespace-nowrap`} data-label="Numer" data-testid="queue-number">{row.number}</td>
                <td className={`${td} wrap-anywhere`} data-label="Temat">
                  <Link href={`/konsola/zgloszenia/${row.id}`} className="font-semibold underline underline-offset-2">
                    {row.subject}
                  </Link>
                </td>
                <td className={td} data-label="Kategoria">{tenant ? categoryLabel(tenant, row.category) : row.category}</td>
                <td className={`${td} break-all`} data-label="Nr klienta">{row.customerNumber ?? "—"}</td>
                <td className={`${td} whitespace-nowrap`} data-label="Utworzono">{formatDate(row.createdAt)}</td>
                <td className={`${td} whitespace-nowrap`} data-label="Wiek">{ageText(row.createdAt, at)}</td>
                <td className={td} data-label="Termin odpowiedzi">
                  <DueLabel answerDueAt={row.answerDueAt} status={row.status} at={at} />
                </td>
                <td className={td} data-label="Status">{ticketStatusLabels[row.status]}</td>
                <td className={`${td} sm:text-right`} data-label="Nieprzeczytane" data-testid="queue-unread">
                  {row.unread > 0 ? <strong className="text-danger">{row.unread}</strong> : 0}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
