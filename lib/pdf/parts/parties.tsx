import { Text, View } from "@react-pdf/renderer";
import type { Tenant } from "@/lib/tenant/schema";
import type { InvoicePdfData } from "../invoice-data";
import { addressLines } from "../labels";
import type { PdfStyles } from "../styles";

/**
 * Seller and buyer. An individual's PESEL is deliberately not printed (it adds nothing to the
 * invoice and the PDF travels by e-mail); a business buyer gets its NIP, as the VAT rules require.
 */
export function Parties({ tenant, data, s }: { tenant: Tenant; data: InvoicePdfData; s: PdfStyles }) {
  const { legal } = tenant;
  const { buyer } = data;
  return (
    <View style={s.parties}>
      <View style={s.party}>
        <Text style={s.sectionTitle}>Sprzedawca</Text>
        <Text style={s.strong}>{tenant.names.legal}</Text>
        {addressLines(legal.address).map((line) => (
          <Text key={line}>{line}</Text>
        ))}
        <Text>NIP: {legal.nip}</Text>
        {legal.regon ? <Text>REGON: {legal.regon}</Text> : null}
        {legal.krs ? <Text>KRS: {legal.krs}</Text> : null}
      </View>
      <View style={s.party}>
        <Text style={s.sectionTitle}>Nabywca</Text>
        <Text style={s.strong}>{buyer.name}</Text>
        {addressLines(buyer.address).map((line) => (
          <Text key={line}>{line}</Text>
        ))}
        {buyer.kind === "business" && buyer.nip ? <Text>NIP: {buyer.nip}</Text> : null}
        {buyer.customerNumber ? <Text>Numer klienta: {buyer.customerNumber}</Text> : null}
      </View>
    </View>
  );
}
