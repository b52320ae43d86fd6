import { Text, View } from "@react-pdf/renderer";
import type { PdfStyles } from "../styles";

export type PdfColumn = { readonly title: string; readonly width: string; readonly right: boolean };

/** The style of column i's cells: its width, right-aligned for numbers. */
export function columnCell(columns: readonly PdfColumn[], s: PdfStyles) {
  return (i: number) => [s.cell, { width: columns[i]!.width }, ...(columns[i]!.right ? [s.right] : [])];
}

/** A table's header row; `fixed` repeats it on every page. */
export function TableHead({ columns, s, fixed = false }: { columns: readonly PdfColumn[]; s: PdfStyles; fixed?: boolean }) {
  const cell = columnCell(columns, s);
  return (
    <View style={s.tableHead} fixed={fixed}>
      {columns.map((c, i) => (
        <Text key={i} style={cell(i)}>
          {c.title}
        </Text>
      ))}
    </View>
  );
}
