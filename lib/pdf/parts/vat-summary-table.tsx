import { Text, View } from "@react-pdf/renderer";
import { formatAmount } from "@/lib/format";
import type { InvoicePdfData } from "../invoice-data";
import { formatRate, vatSummary } from "../vat-summary";
import type { PdfStyles } from "../styles";

type RowStyle = PdfStyles["tableRow" | "tableHead" | "tableTotal"];

const widths = ["25%", "25%", "25%", "25%"];

/** "Podsumowanie VAT": netto / VAT / brutto per rate, then "Razem". */
export function VatSummaryTable({ data, s }: { data: InvoicePdfData; s: PdfStyles }) {
  const { rows, total } = vatSummary(data.lines);
  const row = (key: string, cells: string[], style: RowStyle) => (
    <View key={key} style={style}>
      {cells.map((text, i) => (
        <Text key={i} style={[s.cell, { width: widths[i] }, ...(i > 0 ? [s.right] : [])]}>
          {text}
        </Text>
      ))}
    </View>
  );
  return (
    <View style={[s.table, { width: "60%", marginLeft: "40%" }]} wrap={false}>
      <Text style={s.sectionTitle}>Podsumowanie VAT</Text>
      {row("head", ["Stawka VAT", "Netto", "VAT", "Brutto"], s.tableHead)}
      {rows.map((r) => row(r.rate, [formatRate(r.rate), formatAmount(r.net), formatAmount(r.vat), formatAmount(r.gross)], s.tableRow))}
      {row("total", ["Razem", formatAmount(total.net), formatAmount(total.vat), formatAmount(total.gross)], s.tableTotal)}
    </View>
  );
}
