import { Text, View } from "@react-pdf/renderer";
import type { Tenant } from "@/lib/tenant/schema";
import type { PdfStyles } from "../styles";

/**
 * Seller's contacts and "Strona X z Y" on every page. The page number sits inside the footer View:
 * as a separate absolute `fixed` Text next to the document's own components it was silently dropped.
 */
export function Footer({ tenant, s }: { tenant: Tenant; s: PdfStyles }) {
  const { contacts } = tenant;
  const phone = `tel. ${contacts.phone}${contacts.phoneNote ? ` (${contacts.phoneNote})` : ""}`;
  const emails = [...new Set([contacts.emailIndividual, contacts.emailBusiness])].join(", ");
  return (
    <View style={s.footer} fixed>
      <Text>
        {tenant.names.legal} · {phone}
      </Text>
      <Text>
        e-mail: {emails}
        {contacts.hours ? ` · ${contacts.hours}` : ""}
      </Text>
      <Text style={s.pageNumber} render={({ pageNumber, totalPages }) => `Strona ${pageNumber} z ${totalPages}`} />
    </View>
  );
}
