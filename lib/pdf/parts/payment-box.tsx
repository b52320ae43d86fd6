import { Path, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { formatAmount, formatDate } from "@/lib/format";
import type { Tenant } from "@/lib/tenant/schema";
import { transferAccountLabel } from "@/lib/payments/transfer";
import { formatNrb } from "@/lib/validation/nrb";
import type { InvoicePdfData } from "../invoice-data";
import { amountInWords } from "../amount-in-words";
import { pdfTransfer } from "../transfer";
import type { PdfStyles } from "../styles";

/**
 * "Do zapłaty" with the amount in words, the deadline, the account to pay to (labelled whose it is)
 * and the transfer QR code drawn as vector paths; a negative correction reads "Do zwrotu".
 */
export function PaymentBox({ tenant, data, s }: { tenant: Tenant; data: InvoicePdfData; s: PdfStyles }) {
  const { gross, dueDate } = data.invoice;
  const refund = gross < 0;
  const transfer = pdfTransfer(tenant, data);
  return (
    <View style={[s.payBox, { flexDirection: "row", justifyContent: "space-between" }]} wrap={false}>
      <View style={{ flexGrow: 1, flexShrink: 1, paddingRight: 8 }}>
        <Text style={s.label}>{refund ? "Do zwrotu" : "Do zapłaty"}</Text>
        <Text style={s.payAmount}>{formatAmount(Math.abs(gross))}</Text>
        <Text>słownie: {amountInWords(Math.abs(gross))}</Text>
        {refund ? null : (
          <Text>
            Termin płatności: <Text style={s.strong}>{formatDate(dueDate)}</Text>
          </Text>
        )}
        {transfer ? (
          <View style={{ marginTop: 4 }}>
            <Text style={s.label}>{transferAccountLabel(transfer.account)}</Text>
            <Text>
              <Text style={s.strong}>{formatNrb(transfer.account.nrb)}</Text>
              {transfer.account.individual ? "" : ` (${tenant.legal.bankName})`}
            </Text>
            <Text>
              Tytuł przelewu: <Text style={s.strong}>{data.invoice.number}</Text>
            </Text>
          </View>
        ) : null}
      </View>
      {transfer?.qr ? (
        <View style={{ alignItems: "center", width: 104 }}>
          <Svg viewBox={`0 0 ${transfer.qr.size} ${transfer.qr.size}`} style={{ width: 76, height: 76 }}>
            <Rect x={0} y={0} width={transfer.qr.size} height={transfer.qr.size} fill="#ffffff" />
            <Path d={transfer.qr.path} fill="#000000" />
          </Svg>
          <Text style={[s.label, { textAlign: "center" }]}>Zeskanuj w aplikacji banku</Text>
        </View>
      ) : null}
    </View>
  );
}
