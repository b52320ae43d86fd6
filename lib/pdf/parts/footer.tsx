import { Text, View } from "@react-pdf/renderer";
import type { Tenant } from "@/lib/tenant/schema";
import type { PdfStyles } from "../styles";

/**
 * Seller's contacts and "Strona X z Y" on every page. The page number sits inside the footer View:
 * as a separate absolute `fixed` Text next to the document's own components it was silently dropped.
 * `singlePage` prints "Strona 1 z 1" as plain text: a `render` text makes react-pdf lay the whole
 * page out twice more, about a tenth of a render (lib/pdf/render.ts tries this first).
 */
export function Footer({ tenant, s, singlePage }: { tenant: Tenant; s: PdfStyles; singlePage: boolean }) {
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
      {singlePage ? (
        <Text style={s.pageNumber}>Strona 1 z 1</Text>
      ) : (
        <Text style={s.pageNumber} render={({ pageNumber, totalPages }) => `Strona ${pageNumber} z ${totalPages}`} />
      )}
    </View>
  );
}
