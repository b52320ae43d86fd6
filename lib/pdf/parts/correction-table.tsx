import { Text, View } from "@react-pdf/renderer";
import { correctionRows, formatDecimal } from "@/lib/billing/invoice-details";
import type { InvoicePdfData } from "../invoice-data";
import { amountCell } from "../labels";
import type { PdfStyles } from "../styles";
import { columnCell, TableHead } from "./columns";

const columns = [
  { title: "Lp.", width: "5%", right: false },
  { title: "Nazwa", width: "33%", right: false },
  { title: "", width: "10%", right: false },
  { title: "Ilość", width: "10%", right: true },
  { title: "J.m.", width: "7%", right: false },
  { title: "Netto [zł]", width: "12%", right: true },
  { title: "VAT [zł]", width: "11%", right: true },
  { title: "Brutto [zł]", width: "12%", right: true },
] as const;

/** A correction: its reason, and per corrected line what it was, what it is and the difference. */
export function CorrectionTable({ data, s }: { data: InvoicePdfData; s: PdfStyles }) {
  const { invoice } = data;
  const corrected = data.lines.filter((l) => l.before !== null);
  if (invoice.kind !== "correction" || (!invoice.correctionReason && corrected.length === 0)) return null;
  const cellStyle = columnCell(columns, s);
  return (
    <View style={s.table}>
      <Text style={s.sectionTitle}>Korekta</Text>
      {invoice.correctionReason ? (
        <Text style={s.reason}>
          Przyczyna korekty: <Text style={s.strong}>{invoice.correctionReason}</Text>
        </Text>
      ) : null}
      {corrected.length > 0 ? (
        <>
          <TableHead columns={columns} s={s} />
          {corrected.map((line) => (
            <View key={line.lineNo} style={s.tableRow} wrap={false}>
              <Text style={cellStyle(0)}>{line.lineNo}</Text>
              <Text style={cellStyle(1)}>{line.description}</Text>
              <View style={{ width: "62%" }}>
                {correctionRows(line, line.before!).map((row) => (
                  <View key={row.label} style={{ flexDirection: "row" }}>
                    {[row.label, formatDecimal(row.quantity), line.unit, amountCell(row.net), amountCell(row.vat), amountCell(row.gross)].map((text, i) => (
                      <Text
                        key={i}
                        style={[
                          s.cell,
                          { width: `${(Number.parseFloat(columns[i + 2]!.width) / 62) * 100}%` },
                          ...(columns[i + 2]!.right ? [s.right] : []),
                          ...(row.label === "Różnica" ? [s.strong] : []),
                        ]}
                      >
                        {text}
                      </Text>
                    ))}
                  </View>
                ))}
              </View>
            </View>
          ))}
        </>
      ) : null}
    </View>
  );
}
