import type { DocumentDetail } from "@/lib/billing/detail";
import { formatAmount } from "@/lib/format";
import { CardTableHead, cardTableClass, numberTdClass, TableFrame, tdClass } from "@/components/billing/card-table";
import { unitPriceText } from "@/lib/billing/invoice-details";

const rate = (vatRate: string) => (vatRate === "zw" ? "zw." : `${vatRate}%`);
const quantity = (value: string) => value.replace(".", ",");
const columns = [
  { title: "Opis" },
  { title: "Ilość", right: true },
  { title: "J.m." },
  { title: "Cena jedn. netto", right: true },
  { title: "Netto", right: true },
  { title: "VAT %", right: true },
  { title: "VAT", right: true },
  { title: "Brutto", right: true },
] as const;

/** The document's lines: opis, ilość, j.m., cena jednostkowa netto (with the CRM's decimals), netto, VAT %, VAT, brutto. */
export function DocumentLines({ lines }: { lines: DocumentDetail["lines"] }) {
  return (
    <section className="mt-6" aria-labelledby="lines-title">
      <h2 id="lines-title" className="text-lg font-semibold">
        Pozycje
      </h2>
      {lines.length === 0 ? (
        <p className="mt-2 text-ink-muted">Dokument nie ma pozycji.</p>
      ) : (
        <TableFrame>
          <table className={cardTableClass} data-testid="document-lines">
            <caption className="sr-only">Pozycje dokumentu</caption>
            <CardTableHead columns={columns} />
            <tbody>
              {lines.map((line) => (
                <tr key={line.lineNo} className="border-b border-line last:border-b-0">
                  <td data-label="Opis" className={tdClass}>
                    {line.description}
                  </td>
                  <td data-label="Ilość" className={numberTdClass}>
                    {quantity(line.quantity)}
                  </td>
                  <td data-label="J.m." className={tdClass}>
                    {line.unit}
                  </td>
                  <td data-label="Cena jedn." className={numberTdClass}>
                    {unitPriceText(line) ?? "—"}
                  </td>
                  <td data-label="Netto" className={numberTdClass}>
                    {formatAmount(line.net)}
                  </td>
                  <td data-label="VAT %" className={numberTdClass}>
                    {rate(line.vatRate)}
                  </td>
                  <td data-label="VAT" className={numberTdClass}>
                    {formatAmount(line.vat)}
                  </td>
                  <td data-label="Brutto" className={numberTdClass}>
                    {formatAmount(line.gross)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}
