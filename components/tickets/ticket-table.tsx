import Link from "next/link";
import type { Tenant } from "@/lib/tenant/schema";
import { formatDate } from "@/lib/format";
import { categoryLabel, ticketStatusLabels, type TicketWords } from "@/lib/tickets/labels";
import type { TicketRow } from "@/lib/tickets/queries";

/** The list of document 004: Lp., Status, Data wysłania, Typ sprawy, Temat, Nieprzeczytane — and the ticket's number. */
export function TicketTable({ tenant, words, rows, firstNumber }: { tenant: Tenant; words: TicketWords; rows: TicketRow[]; firstNumber: number }) {
  const th = "px-2 py-2 text-left font-semibold sm:px-3";
  // At phone width each row becomes a card of "label: value" lines (the label from data-label),
  // so the subject is never cut off in a sideways-scrolling table.
  const td = "px-2 py-2 align-top sm:px-3 max-sm:flex max-sm:gap-3 max-sm:py-0.5 max-sm:before:w-32 max-sm:before:shrink-0 max-sm:before:font-semibold max-sm:before:text-ink-muted max-sm:before:content-[attr(data-label)]";
  return (
    <div className="relative rounded-lg border border-line bg-white">
      <table className="w-full border-collapse text-sm max-sm:block" data-testid="tickets-table">
        <caption className="sr-only">{words.list}</caption>
        <thead className="border-b border-line bg-surface max-sm:sr-only max-sm:block">
          <tr>
            <th scope="col" className={th}>Lp.</th>
            <th scope="col" className={th}>Numer</th>
            <th scope="col" className={th}>Status</th>
            <th scope="col" className={th}>Data wysłania</th>
            <th scope="col" className={th}>{words.typeColumn}</th>
            <th scope="col" className={th}>Temat</th>
            <th scope="col" className={`${th} text-right`}>Nieprzeczytane</th>
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {rows.map((row, index) => (
            <tr key={row.id} className="border-b border-line last:border-0 max-sm:block max-sm:py-2" data-testid="ticket-row">
              <td className={td} data-label="Lp.">{firstNumber + index}.</td>
              <td className={`${td} wrap-anywhere sm:whitespace-nowrap`} data-label="Numer" data-testid="ticket-number">{row.number}</td>
              <td className={td} data-label="Status">{ticketStatusLabels[row.status]}</td>
              <td className={`${td} whitespace-nowrap`} data-label="Data wysłania">{formatDate(row.createdAt)}</td>
              <td className={td} data-label={words.typeColumn}>{categoryLabel(tenant, row.category)}</td>
              <td className={`${td} wrap-anywhere`} data-label="Temat">
                <Link href={`/zgloszenia/${row.id}`} className="font-semibold text-brand underline">
                  {row.subject}
                </Link>
              </td>
              <td className={`${td} sm:text-right`} data-label="Nieprzeczytane" data-testid="ticket-unread">
                {row.unread > 0 ? <strong className="text-danger">{row.unread}</strong> : 0}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
