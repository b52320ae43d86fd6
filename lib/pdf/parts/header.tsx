import { Path, Rect, Svg, Text, View } from "@react-pdf/renderer";
import type { Tenant } from "@/lib/tenant/schema";
import type { InvoicePdfData } from "../invoice-data";
import { kindTitle } from "../labels";
import type { PdfStyles } from "../styles";

/** A drawn badge in the brand colours (react-pdf cannot take the wordmark SVG string), the product name and the title. */
export function Header({ tenant, data, s }: { tenant: Tenant; data: InvoicePdfData; s: PdfStyles }) {
  return (
    <View style={s.header}>
      <View style={s.brandRow}>
        <Svg width={28} height={28} viewBox="0 0 32 32">
          <Rect x={0} y={0} width={32} height={32} rx={8} fill={tenant.brand.primary} />
          <Path d="M10 24 L16 10 L22 24" stroke={tenant.brand.primaryContrast} strokeWidth={3.5} fill="none" strokeLinecap="round" strokeLinejoin="round" />
        </Svg>
        <Text style={s.product}>{tenant.names.product}</Text>
      </View>
      <View style={s.titleBlock}>
        <Text style={s.title}>{kindTitle[data.invoice.kind]}</Text>
        <Text style={s.number}>nr {data.invoice.number}</Text>
      </View>
    </View>
  );
}
