import type { DocumentDetail } from "@/lib/billing/detail";
import { formatAmount } from "@/lib/format";
import { ScrollRegion, tdClass, thClass } from "@/components/billing/scroll-region";
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
        <ScrollRegion label="Pozycje dokumentu">
          <table className="w-full min-w-[50rem] border-collapse text-left" data-testid="document-lines">
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
                  <td className={tdClass}>{line.description}</td>
                  <td className={`${tdClass} text-right whitespace-nowrap`}>{quantity(line.quantity)}</td>
                  <td className={tdClass}>{line.unit}</td>
                  <td className={`${tdClass} text-right whitespace-nowrap`}>{unitPriceText(line) ?? "—"}</td>
                  <td className={`${tdClass} text-right whitespace-nowrap`}>{formatAmount(line.net)}</td>
                  <td className={`${tdClass} text-right whitespace-nowrap`}>{rate(line.vatRate)}</td>
                  <td className={`${tdClass} text-right whitespace-nowrap`}>{formatAmount(line.vat)}</td>
                  <td className={`${tdClass} text-right whitespace-nowrap`}>{formatAmount(line.gross)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
