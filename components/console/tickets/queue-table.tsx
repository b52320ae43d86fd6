import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { Tenant } from "@/lib/tenant/schema";
import { categoryLabel, ticketStatusLabels } from "@/lib/tickets/labels";
import { ageText } from "@/lib/staff/ticket-queue-params";
import type { QueueRow } from "@/lib/staff/tickets";
import { CardTable, cardCell, cardRow, UnreadCell } from "@/components/tickets/card-table";
import { DueLabel } from "./due-label";

const columns = ["Sprzedawca", "Numer", "Temat", "Kategoria", "Nr klienta", "Utworzono", "Wiek", "Termin odpowiedzi", "Status", "Nieprzeczytane"].map(
  (label) => ({
    label,
    right: label === "Nieprzeczytane",
  }),
);

/** The queue; at phone width each row becomes a card (components/tickets/card-table.tsx). */
export function QueueTable({ rows, tenants, at }: { rows: QueueRow[]; tenants: Tenant[]; at: Date }) {
  const td = cardCell.wide;
  const byId = new Map(tenants.map((t) => [t.id, t]));
  return (
    <CardTable testId="queue-table" caption="Kolejka zgłoszeń" columns={columns}>
      {rows.map((row) => {
        const tenant = byId.get(row.tenantId);
        return (
          <tr key={row.id} className={cardRow} data-testid="queue-row">
            <td className={td} data-label="Sprzedawca">
              {tenant?.names.short ?? row.tenantId}
            </td>
            <td className={`${td} wrap-anywhere sm:whitespace-nowrap`} data-label="Numer" data-testid="queue-number">
              {row.number}
            </td>
            <td className={`${td} wrap-anywhere`} data-label="Temat">
              <Link href={`/konsola/zgloszenia/${row.id}`} className="font-semibold underline underline-offset-2">
                {row.subject}
              </Link>
            </td>
            <td className={td} data-label="Kategoria">
              {tenant ? categoryLabel(tenant, row.category) : row.category}
            </td>
            <td className={`${td} break-all`} data-label="Nr klienta">
              {row.customerNumber ?? "—"}
            </td>
            <td className={`${td} whitespace-nowrap`} data-label="Utworzono">
              {formatDate(row.createdAt)}
            </td>
            <td className={`${td} whitespace-nowrap`} data-label="Wiek">
              {ageText(row.createdAt, at)}
            </td>
            <td className={td} data-label="Termin odpowiedzi">
              <DueLabel answerDueAt={row.answerDueAt} status={row.status} at={at} />
            </td>
            <td className={td} data-label="Status">
              {ticketStatusLabels[row.status]}
            </td>
            <UnreadCell cell={td} count={row.unread} testId="queue-unread" />
          </tr>
        );
      })}
    </CardTable>
  );
}
