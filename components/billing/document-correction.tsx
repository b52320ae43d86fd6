import type { DocumentDetail } from "@/lib/billing/detail";
import { correctionRows, formatDecimal } from "@/lib/billing/invoice-details";
import { formatAmount } from "@/lib/format";
import { CardCells, cardTableClass, CardTableHead, TableFrame, tdClass } from "@/components/billing/card-table";

const correctionColumns = [
  { title: "Pozycja" },
  { title: "Ilość", right: true },
  { title: "Netto", right: true },
  { title: "VAT", right: true },
  { title: "Brutto", right: true },
];

/** A correction's reason and, per corrected line, "Było / Jest / Różnica". */
export function DocumentCorrection({ doc }: { doc: Pick<DocumentDetail, "kind" | "correctionReason" | "lines"> }) {
  const corrected = doc.lines.filter((l) => l.before !== null);
  if (doc.kind !== "correction" || (!doc.correctionReason && corrected.length === 0)) return null;
  return (
    <section className="mt-6" aria-labelledby="correction-title">
      <h2 id="correction-title" className="text-lg font-semibold">
        Korekta
      </h2>
      {doc.correctionReason ? (
        <p className="mt-2 break-words" data-testid="correction-reason">
          <span className="text-ink-muted">Przyczyna korekty:</span> {doc.correctionReason}
        </p>
      ) : null}
      {corrected.length > 0 ? (
        <TableFrame>
          <table className={cardTableClass} data-testid="correction-lines">
            <caption className="sr-only">Było, jest i różnica dla pozycji korekty</caption>
            <CardTableHead columns={correctionColumns} />
            {corrected.map((line) => (
              <tbody key={line.lineNo} className="border-b border-line last:border-b-0">
                <tr>
                  <th scope="rowgroup" colSpan={5} className={`${tdClass} pb-1 font-semibold break-words`}>
                    {line.description}
                  </th>
                </tr>
                {correctionRows(line, line.before!).map((row) => (
                  <tr key={row.label} className={row.label === "Różnica" ? "font-semibold" : undefined}>
                    <th scope="row" className={`${tdClass} py-1 font-normal`}>
                      {row.label}
                    </th>
                    <CardCells
                      cells={[
                        { label: "Ilość", content: `${formatDecimal(row.quantity)} ${line.unit}` },
                        { label: "Netto", content: formatAmount(row.net) },
                        { label: "VAT", content: formatAmount(row.vat) },
                        { label: "Brutto", content: formatAmount(row.gross) },
                      ].map((cell) => ({ ...cell, className: "py-1 lg:text-right whitespace-nowrap" }))}
                    />
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </TableFrame>
      ) : null}
    </section>
  );
}
