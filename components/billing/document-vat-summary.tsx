import type { DocumentDetail } from "@/lib/billing/detail";
import { formatAmount } from "@/lib/format";
import { formatRate, vatSummary } from "@/lib/pdf/vat-summary";
import { CardTableHead, cardTableClass, numberTdClass, TableFrame, tdClass } from "@/components/billing/card-table";

const columns = [{ title: "Stawka" }, { title: "Netto", right: true }, { title: "VAT", right: true }, { title: "Brutto", right: true }] as const;

/** "Podsumowanie VAT": netto / VAT / brutto per rate and in total, as on the PDF. */
export function DocumentVatSummary({ lines }: { lines: DocumentDetail["lines"] }) {
  if (lines.length === 0) return null;
  const { rows, total } = vatSummary(lines);
  const labels = ["Netto", "VAT", "Brutto"];
  const cells = (values: number[]) =>
    values.map((v, i) => (
      <td key={i} data-label={labels[i]} className={numberTdClass}>
        {formatAmount(v)}
      </td>
    ));
  return (
    <section className="mt-6" aria-labelledby="vat-title">
      <h2 id="vat-title" className="text-lg font-semibold">
        Podsumowanie VAT
      </h2>
      <TableFrame>
        <table className={cardTableClass} data-testid="document-vat-summary">
          <caption className="sr-only">Podsumowanie VAT według stawek</caption>
          <CardTableHead columns={columns} />
          <tbody>
            {rows.map((r) => (
              <tr key={r.rate} className="border-b border-line">
                <th scope="row" className={`${tdClass} font-normal`}>
                  {formatRate(r.rate)}
                </th>
                {cells([r.net, r.vat, r.gross])}
              </tr>
            ))}
            <tr className="bg-surface font-semibold">
              <th scope="row" className={tdClass}>
                Razem
              </th>
              {cells([total.net, total.vat, total.gross])}
            </tr>
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}
