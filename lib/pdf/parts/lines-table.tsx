import { Text, View } from "@react-pdf/renderer";
import type { InvoicePdfData } from "../invoice-data";
import { unitPriceText } from "@/lib/billing/invoice-details";
import { amountCell, quantityCell } from "../labels";
import { formatRate } from "../vat-summary";
import type { PdfStyles } from "../styles";
import { columnCell, TableHead } from "./columns";

const columns = [
  { title: "Lp.", width: "5%", right: false },
  { title: "Nazwa", width: "27%", right: false },
  { title: "Ilość", width: "8%", right: true },
  { title: "J.m.", width: "7%", right: false },
  { title: "Cena netto [zł]", width: "10%", right: true },
  { title: "Wartość netto [zł]", width: "11%", right: true },
  { title: "Stawka VAT", width: "8%", right: true },
  { title: "Kwota VAT [zł]", width: "11%", right: true },
  { title: "Wartość brutto [zł]", width: "13%", right: true },
] as const;

/** The invoice lines; the header row repeats on every page. */
export function LinesTable({ data, s }: { data: InvoicePdfData; s: PdfStyles }) {
  const cellStyle = columnCell(columns, s);
  return (
    <View style={s.table}>
      <TableHead columns={columns} s={s} fixed />
      {data.lines.map((line) => {
        const price = unitPriceText(line);
        const cells = [
          `${line.lineNo}`,
          line.description,
          quantityCell(line.quantity),
          line.unit,
          price ?? "–",
          amountCell(line.net),
          formatRate(line.vatRate),
          amountCell(line.vat),
          amountCell(line.gross),
        ];
        return (
          <View key={line.lineNo} style={s.tableRow} wrap={false}>
            {cells.map((text, i) => (
              <Text key={i} style={cellStyle(i)}>
                {text}
              </Text>
            ))}
          </View>
        );
      })}
    </View>
  );
}
