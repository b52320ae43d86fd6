import type { ComponentProps } from "react";
import { Text, View } from "@react-pdf/renderer";
import type { LineReading } from "@/db/schema";
import { formatDecimal, meterRows, readingSourceLabels } from "@/lib/billing/invoice-details";
import { formatDate } from "@/lib/format";
import type { InvoicePdfData } from "../invoice-data";
import { addressLines } from "../labels";
import type { PdfStyles } from "../styles";

const widths = ["27%", "13%", "9%", "20%", "20%", "11%"];
const titles = ["Punkt poboru", "Licznik", "Taryfa", "Odczyt poprzedni", "Odczyt bieżący", "Zużycie"];

/** "Punkt poboru i odczyty": each point's code and address, meter, tariff, both readings and the use between them. */
export function MetersTable({ data, s }: { data: InvoicePdfData; s: PdfStyles }) {
  const rows = meterRows(data.lines, data.points);
  if (rows.length === 0) return null;
  const cell = (i: number) => [s.cell, { width: widths[i] }, ...(i === 5 ? [s.right] : [])];
  return (
    <View style={s.table} wrap={false}>
      <Text style={s.sectionTitle}>Punkt poboru i odczyty</Text>
      <View style={s.tableHead}>
        {titles.map((title, i) => (
          <Text key={title} style={cell(i)}>
            {title}
          </Text>
        ))}
      </View>
      {rows.map((row, k) => (
        <View key={k} style={s.tableRow}>
          <View style={cell(0)}>
            <Text style={s.strong}>{row.pointCode ?? "–"}</Text>
            {row.pointAddress ? <Text>{addressLines(row.pointAddress).join(", ")}</Text> : null}
          </View>
          <Text style={cell(1)}>{row.meterNumber ?? "–"}</Text>
          <Text style={cell(2)}>{row.tariff ?? "–"}</Text>
          <Reading reading={row.readingFrom} unit={row.unit} style={cell(3)} s={s} />
          <Reading reading={row.readingTo} unit={row.unit} style={cell(4)} s={s} />
          <Text style={cell(5)}>{row.usage === null ? "–" : `${formatDecimal(row.usage)} ${row.unit}`}</Text>
        </View>
      ))}
    </View>
  );
}

/** The value (bold), its date and where it came from, one under the other. */
function Reading({ reading, unit, style, s }: { reading: LineReading | null; unit: string; style: ComponentProps<typeof View>["style"]; s: PdfStyles }) {
  if (!reading) return <Text style={style}>–</Text>;
  return (
    <View style={style}>
      <Text style={s.strong}>
        {formatDecimal(reading.value)} {unit}
      </Text>
      <Text>{formatDate(reading.date)}</Text>
      <Text>{readingSourceLabels[reading.source]}</Text>
    </View>
  );
}
