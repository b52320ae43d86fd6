import { Text, View } from "@react-pdf/renderer";
import type { InvoicePdfData } from "../invoice-data";
import { consumptionSentence } from "../consumption";
import type { PdfStyles } from "../styles";

/** The comparison with the same months a year earlier; absent for documents without a billing period. */
export function ConsumptionBox({ data, s }: { data: InvoicePdfData; s: PdfStyles }) {
  if (data.consumption === null) return null;
  return (
    <View style={s.consumption} wrap={false}>
      <Text style={s.sectionTitle}>Twoje zużycie</Text>
      {data.consumption.length === 0 ? (
        <Text>Zużycie w okresie rozliczeniowym: brak danych; w analogicznym okresie ubiegłego roku: brak danych</Text>
      ) : (
        data.consumption.map((line) => <Text key={line.unit}>{consumptionSentence(line)}</Text>)
      )}
    </View>
  );
}
