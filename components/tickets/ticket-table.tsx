import Link from "next/link";
import type { Tenant } from "@/lib/tenant/schema";
import { formatDate } from "@/lib/format";
import { categoryLabel, ticketStatusLabels, type TicketWords } from "@/lib/tickets/labels";
import type { TicketRow } from "@/lib/tickets/queries";
import { CardTable, cardCell, cardRow, UnreadCell } from "@/components/tickets/card-table";

/** The list of document 004: Lp., Status, Data wysłania, Typ sprawy, Temat, Nieprzeczytane — and the ticket's number. */
export function TicketTable({ tenant, words, rows, firstNumber }: { tenant: Tenant; words: TicketWords; rows: TicketRow[]; firstNumber: number }) {
  const td = cardCell.narrow;
  const columns = [
    { label: "Lp." },
    { label: "Numer" },
    { label: "Status" },
    { label: "Data wysłania" },
    { label: words.typeColumn },
    { label: "Temat" },
    { label: "Nieprzeczytane", right: true },
  ];
  return (
    <CardTable testId="tickets-table" caption={words.list} columns={columns}>
      {rows.map((row, index) => (
        <tr key={row.id} className={cardRow} data-testid="ticket-row">
          <td className={td} data-label="Lp.">
            {firstNumber + index}.
          </td>
          <td className={`${td} wrap-anywhere sm:whitespace-nowrap`} data-label="Numer" data-testid="ticket-number">
            {row.number}
          </td>
          <td className={td} data-label="Status">
            {ticketStatusLabels[row.status]}
          </td>
          <td className={`${td} whitespace-nowrap`} data-label="Data wysłania">
            {formatDate(row.createdAt)}
          </td>
          <td className={td} data-label={words.typeColumn}>
            {categoryLabel(tenant, row.category)}
          </td>
          <td className={`${td} wrap-anywhere`} data-label="Temat">
            <Link href={`/zgloszenia/${row.id}`} className="font-semibold text-brand underline">
              {row.subject}
            </Link>
          </td>
          <UnreadCell cell={td} count={row.unread} testId="ticket-unread" />
        </tr>
      ))}
    </CardTable>
  );
}
