import Link from "next/link";
import type { PaymentRow } from "@/lib/billing/payment-history";
import { formatAmount, formatDate } from "@/lib/format";
import { documentHref } from "@/components/billing/document-table";
import { Breakable, CardCells, cardTableClass, CardTableHead, TableFrame } from "@/components/billing/card-table";

/** "Historia wpłat": date, amount, the document it paid and how, newest first. */
export function PaymentTable({ rows }: { rows: PaymentRow[] }) {
  if (rows.length === 0) return <p className="mt-4 rounded-lg border border-line bg-white p-5">Nie ma jeszcze żadnych wpłat.</p>;
  return (
    <TableFrame>
      <table className={cardTableClass} data-testid="payments">
        <caption className="sr-only">Historia wpłat, od najnowszej</caption>
        <CardTableHead columns={[{ title: "Data" }, { title: "Kwota", right: true }, { title: "Dokument" }, { title: "Metoda" }]} />
        <tbody>
          {rows.map((payment) => (
            <tr key={payment.id} className="border-b border-line last:border-b-0" data-testid="payment-row">
              <CardCells
                cells={[
                  { label: "Data", className: "whitespace-nowrap", content: formatDate(payment.date) },
                  { label: "Kwota", className: "font-semibold whitespace-nowrap lg:text-right lg:font-normal", content: formatAmount(payment.amount) },
                  { label: "Dokument", content: <PaidDocument payment={payment} /> },
                  { label: "Metoda", content: payment.method ?? "—" },
                ]}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

function PaidDocument({ payment }: { payment: PaymentRow }) {
  if (!payment.invoiceId || !payment.invoiceNumber) return "rozliczona na najstarsze należności";
  return (
    <Link href={documentHref(payment.invoiceId)}>
      <Breakable text={payment.invoiceNumber} />
    </Link>
  );
}
