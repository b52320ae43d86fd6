import { Text, View } from "@react-pdf/renderer";
import type { Customer } from "@/db/schema";
import type { InvoicePdfData } from "../invoice-data";
import { addressLines } from "../labels";
import type { PdfStyles } from "../styles";

/**
 * Buyer and payer: one block when they are the same customer. An individual's PESEL is deliberately
 * not printed (it adds nothing to the invoice and the PDF travels by e-mail); a business gets its
 * NIP, as the VAT rules require.
 */
export function Parties({ data, s }: { data: InvoicePdfData; s: PdfStyles }) {
  const party = (title: string, customer: Customer) => (
    <View style={s.party}>
      <Text style={s.sectionTitle}>{title}</Text>
      <Text style={s.strong}>{customer.name}</Text>
      {addressLines(customer.address).map((line) => (
        <Text key={line}>{line}</Text>
      ))}
      {customer.kind === "business" && customer.nip ? <Text>NIP: {customer.nip}</Text> : null}
      {customer.customerNumber ? <Text>Numer klienta: {customer.customerNumber}</Text> : null}
    </View>
  );
  return (
    <View style={s.parties}>
      {data.buyer ? (
        <>
          {party("Nabywca", data.buyer)}
          {party("Płatnik", data.payer)}
        </>
      ) : (
        party("Nabywca i płatnik", data.payer)
      )}
    </View>
  );
}
