import type { DocumentDetail } from "@/lib/billing/detail";
import { formatAmount } from "@/lib/format";
import { cardTableClass, TableFrame, tdClass, thClass } from "@/components/billing/card-table";
import { unitPriceText } from "@/lib/billing/invoice-details";

const rate = (vatRate: string) => (vatRate === "zw" ? "zw." : `${vatRate}%`);
const quantity = (value: string) => value.replace(".", ",");

/** The document's lines: opis, ilość, j.m., cena jednostkowa netto (with the CRM's decimals), netto, VAT %, VAT, brutto. */
export function DocumentLines({ lines }: { lines: DocumentDetail["lines"] }) {
  return (
    <section className="mt-6" aria-labelledby="lines-title">
      <h2 id="lines-title" className="text-lg font-semibold">Pozycje</h2>
      {lines.length === 0 ? (
        <p className="mt-2 text-ink-muted">Dokument nie ma pozycji.</p>
      ) : (
        <TableFrame>
          <table className={cardTableClass} data-testid="document-lines">
            <caption className="sr-only">Pozycje dokumentu</caption>
            <thead className="border-b border-line bg-surface">
              <tr>
                <th scope="col" className={thClass}>Opis</th>
                <th scope="col" className={`${thClass} text-right`}>Ilość</th>
                <th scope="col" className={thClass}>J.m.</th>
                <th scope="col" className={`${thClass} text-right`}>Cena jedn. netto</th>
                <th scope="col" className={`${thClass} text-right`}>Netto</th>
                <th scope="col" className={`${thClass} text-right`}>VAT %</th>
                <th scope="col" className={`${thClass} text-right`}>VAT</th>
                <th scope="col" className={`${thClass} text-right`}>Brutto</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.lineNo} className="border-b border-line last:border-b-0">
                  <td data-label="Opis" className={tdClass}>{line.description}</td>
                  <td data-label="Ilość" className={`${tdClass} lg:text-right whitespace-nowrap`}>{quantity(line.quantity)}</td>
                  <td data-label="J.m." className={tdClass}>{line.unit}</td>
                  <td data-label="Cena jedn." className={`${tdClass} lg:text-right whitespace-nowrap`}>{unitPriceText(line) ?? "—"}</td>
                  <td data-label="Netto" className={`${tdClass} lg:text-right whitespace-nowrap`}>{formatAmount(line.net)}</td>
                  <td data-label="VAT %" className={`${tdClass} lg:text-right whitespace-nowrap`}>{rate(line.vatRate)}</td>
                  <td data-label="VAT" className={`${tdClass} lg:text-right whitespace-nowrap`}>{formatAmount(line.vat)}</td>
                  <td data-label="Brutto" className={`${tdClass} lg:text-right whitespace-nowrap`}>{formatAmount(line.gross)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}
