import { Text, View } from "@react-pdf/renderer";
import { formatAmount, formatDate } from "@/lib/format";
import type { Tenant } from "@/lib/tenant/schema";
import type { InvoicePdfData } from "../invoice-data";
import { amountInWords } from "../amount-in-words";
import { formatIban } from "../iban";
import type { PdfStyles } from "../styles";

/** "Do zapłaty" with the amount in words, the deadline and the seller's account; a negative correction reads "Do zwrotu". */
export function PaymentBox({ tenant, data, s }: { tenant: Tenant; data: InvoicePdfData; s: PdfStyles }) {
  const { gross, dueDate } = data.invoice;
  const refund = gross < 0;
  return (
    <View style={s.payBox} wrap={false}>
      <Text style={s.label}>{refund ? "Do zwrotu" : "Do zapłaty"}</Text>
      <Text style={s.payAmount}>{formatAmount(Math.abs(gross))}</Text>
      <Text>słownie: {amountInWords(Math.abs(gross))}</Text>
      {refund ? null : (
        <>
          <Text>
            Termin płatności: <Text style={s.strong}>{formatDate(dueDate)}</Text>
          </Text>
          <Text>
            Rachunek: <Text style={s.strong}>{formatIban(tenant.legal.bankAccount)}</Text> ({tenant.legal.bankName})
          </Text>
        </>
      )}
    </View>
  );
}
