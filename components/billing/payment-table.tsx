import Link from "next/link";
import type { paymentHistory, PaymentRow } from "@/lib/billing/payment-history";
import { Pagination } from "@/components/billing/pagination";
import { formatAmount, formatDate } from "@/lib/format";
import { documentHref } from "@/components/billing/document-table";
import { Breakable, CardCells, cardTableClass, CardTableHead, TableFrame } from "@/components/billing/card-table";

/** "Historia wpłat" with its pages (Faktury's "Wpłaty" view and MPEC's Płatności); `hrefFor` gives a page's address. */
export function PaymentHistory(props: { history: Awaited<ReturnType<typeof paymentHistory>>; hrefFor: (page: number) => string; className: string }) {
  const { history, hrefFor, className } = props;
  return (
    <section aria-labelledby="payments-title" className={className}>
      <h2 id="payments-title" className="text-xl font-semibold">
        Historia wpłat
      </h2>
      <PaymentTable rows={history.rows} />
      <Pagination page={history.page} pages={history.pages} hrefFor={hrefFor} label="Strony historii wpłat" />
    </section>
  );
}

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
