import Link from "next/link";
import type { PaymentRow } from "@/lib/billing/payment-history";
import { formatAmount, formatDate } from "@/lib/format";
import { documentHref } from "@/components/billing/document-table";
import { ScrollRegion, tdClass, thClass } from "@/components/billing/scroll-region";

/** "Historia wpłat": date, amount, the document it paid and how, newest first. */
export function PaymentTable({ rows }: { rows: PaymentRow[] }) {
  if (rows.length === 0) return <p className="mt-4 rounded-lg border border-line bg-white p-5">Nie ma jeszcze żadnych wpłat.</p>;
  return (
    <ScrollRegion label="Historia wpłat">
      <table className="w-full min-w-[34rem] border-collapse text-left" data-testid="payments">
        <caption className="sr-only">Historia wpłat, od najnowszej</caption>
        <thead className="border-b border-line bg-surface">
          <tr>
            <th scope="col" className={thClass}>Data</th>
            <th scope="col" className={`${thClass} text-right`}>Kwota</th>
            <th scope="col" className={thClass}>Dokument</th>
            <th scope="col" className={thClass}>Metoda</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((payment) => (
            <tr key={payment.id} className="border-b border-line last:border-b-0" data-testid="payment-row">
              <td className={`${tdClass} whitespace-nowrap`}>{formatDate(payment.date)}</td>
              <td className={`${tdClass} text-right whitespace-nowrap`}>{formatAmount(payment.amount)}</td>
              <td className={`${tdClass} break-all`}>
                {payment.invoiceId && payment.invoiceNumber ? <Link href={documentHref(payment.invoiceId)}>{payment.invoiceNumber}</Link> : "rozliczona na najstarsze należności"}
              </td>
              <td className={tdClass}>{payment.method ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
