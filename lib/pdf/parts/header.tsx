import { Path, Rect, Svg, Text, View } from "@react-pdf/renderer";
import type { Tenant } from "@/lib/tenant/schema";
import type { InvoicePdfData } from "../invoice-data";
import { addressLines, kindTitle } from "../labels";
import type { PdfStyles } from "../styles";

/**
 * The seller as the law knows it (legal name, address, NIP, REGON, KRS — from the tenant file, not
 * the portal's name) with its customer service contacts, and the document's title. The drawn badge
 * is in the brand colours (react-pdf cannot take the wordmark SVG string).
 */
export function Header({ tenant, data, s }: { tenant: Tenant; data: InvoicePdfData; s: PdfStyles }) {
  const { legal, contacts } = tenant;
  const registry = [`NIP ${legal.nip}`, legal.regon ? `REGON ${legal.regon}` : null, legal.krs ? `KRS ${legal.krs}` : null].filter(Boolean).join(" · ");
  const emails = [...new Set([contacts.emailIndividual, contacts.emailBusiness])].join(", ");
  return (
    <View style={s.header}>
      <View style={s.brandRow}>
        <Svg width={28} height={28} viewBox="0 0 32 32">
          <Rect x={0} y={0} width={32} height={32} rx={8} fill={tenant.brand.primary} />
          <Path d="M10 24 L16 10 L22 24" stroke={tenant.brand.primaryContrast} strokeWidth={3.5} fill="none" strokeLinecap="round" strokeLinejoin="round" />
        </Svg>
        <View style={s.seller}>
          <Text style={s.sellerName}>{tenant.names.legal}</Text>
          <Text>{addressLines(legal.address).join(", ")}</Text>
          <Text>{registry}</Text>
          <Text>
            Biuro Obsługi Klienta: tel. {contacts.phone} · e-mail: {emails}
          </Text>
        </View>
      </View>
      <View style={s.titleBlock}>
        <Text style={s.title}>{kindTitle[data.invoice.kind]}</Text>
        <Text style={s.number}>nr {data.invoice.number}</Text>
      </View>
    </View>
  );
}
