import Link from "next/link";
import type { PaymentRow } from "@/lib/billing/payment-history";
import { formatAmount, formatDate } from "@/lib/format";
import { documentHref } from "@/components/billing/document-table";
import { Breakable, cardTableClass, TableFrame, tdClass, thClass } from "@/components/billing/card-table";

/** "Historia wpłat": date, amount, the document it paid and how, newest first. */
export function PaymentTable({ rows }: { rows: PaymentRow[] }) {
  if (rows.length === 0) return <p className="mt-4 rounded-lg border border-line bg-white p-5">Nie ma jeszcze żadnych wpłat.</p>;
  return (
    <TableFrame>
      <table className={cardTableClass} data-testid="payments">
        <caption className="sr-only">Historia wpłat, od najnowszej</caption>
        <thead className="border-b border-line bg-surface">
          <tr>
            <th scope="col" className={thClass}>
              Data
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              Kwota
            </th>
            <th scope="col" className={thClass}>
              Dokument
            </th>
            <th scope="col" className={thClass}>
              Metoda
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((payment) => (
            <tr key={payment.id} className="border-b border-line last:border-b-0" data-testid="payment-row">
              <td className={`${tdClass} whitespace-nowrap`} data-label="Data">
                {formatDate(payment.date)}
              </td>
              <td className={`${tdClass} font-semibold whitespace-nowrap lg:text-right lg:font-normal`} data-label="Kwota">
                {formatAmount(payment.amount)}
              </td>
              <td className={tdClass} data-label="Dokument">
                {payment.invoiceId && payment.invoiceNumber ? (
                  <Link href={documentHref(payment.invoiceId)}>
                    <Breakable text={payment.invoiceNumber} />
                  </Link>
                ) : (
                  "rozliczona na najstarsze należności"
                )}
              </td>
              <td className={tdClass} data-label="Metoda">
                {payment.method ?? "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
