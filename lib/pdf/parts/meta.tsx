import { Text, View } from "@react-pdf/renderer";
import { formatDate } from "@/lib/format";
import { ratePercentText } from "@/lib/billing/invoice-details";
import type { InvoicePdfData } from "../invoice-data";
import type { PdfStyles } from "../styles";

/** Dates, period, KSeF number, the corrected invoice, an interest note's late invoice, days and rate: only the ones the document has. */
export function Meta({ data, s }: { data: InvoicePdfData; s: PdfStyles }) {
  const { invoice } = data;
  const items: [string, string][] = [
    ["Data wystawienia", formatDate(invoice.issueDate)],
    ["Termin płatności", formatDate(invoice.dueDate)],
  ];
  if (invoice.periodFrom && invoice.periodTo) items.push(["Okres rozliczeniowy", `${formatDate(invoice.periodFrom)} – ${formatDate(invoice.periodTo)}`]);
  if (data.correctedNumber) items.push(["Faktura korygowana", data.correctedNumber]);
  if (invoice.ksefNumber) items.push(["Numer KSeF", invoice.ksefNumber]);
  if (data.interestInvoice) items.push(["Faktura po terminie", data.interestInvoice.number]);
  if (invoice.interestDaysLate !== null) items.push(["Dni opóźnienia", String(invoice.interestDaysLate)]);
  if (invoice.interestRatePercent !== null) items.push(["Stopa odsetek", ratePercentText(invoice.interestRatePercent)]);
  return (
    <View style={s.meta}>
      {items.map(([label, value]) => (
        <View key={label} style={s.metaItem}>
          <Text style={s.label}>{label}</Text>
          <Text style={s.strong}>{value}</Text>
        </View>
      ))}
    </View>
  );
}
