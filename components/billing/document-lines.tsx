import type { DocumentDetail } from "@/lib/billing/detail";
import { formatAmount } from "@/lib/format";
import { CardCells, CardTableHead, cardTableClass, TableFrame } from "@/components/billing/card-table";
import { unitPriceText } from "@/lib/billing/invoice-details";

const rate = (vatRate: string) => (vatRate === "zw" ? "zw." : `${vatRate}%`);
const quantity = (value: string) => value.replace(".", ",");
/** A number cell: right-aligned in the table, never broken inside the number. */
const number = "lg:text-right whitespace-nowrap";
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
                  <CardCells
                    cells={[
                      { label: "Opis", content: line.description },
                      { label: "Ilość", className: number, content: quantity(line.quantity) },
                      { label: "J.m.", content: line.unit },
                      { label: "Cena jedn.", className: number, content: unitPriceText(line) ?? "—" },
                      { label: "Netto", className: number, content: formatAmount(line.net) },
                      { label: "VAT %", className: number, content: rate(line.vatRate) },
                      { label: "VAT", className: number, content: formatAmount(line.vat) },
                      { label: "Brutto", className: number, content: formatAmount(line.gross) },
                    ]}
                  />
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}
