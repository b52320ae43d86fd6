import { StyleSheet } from "@react-pdf/renderer";
import type { Tenant } from "@/lib/tenant/schema";
import { PDF_FONT } from "./fonts";

/** The PDF's styles in the tenant's colours (react-pdf styles are plain objects, not CSS). */
export function pdfStyles(brand: Tenant["brand"]) {
  return StyleSheet.create({
    page: { fontFamily: PDF_FONT, fontSize: 9, color: brand.text, paddingTop: 36, paddingBottom: 64, paddingHorizontal: 40, lineHeight: 1.35 },
    header: {
      flexDirection: "row",
      justifyContent: "space-between",
      alignItems: "center",
      borderBottomWidth: 2,
      borderBottomColor: brand.primary,
      paddingBottom: 8,
      marginBottom: 12,
    },
    brandRow: { flexDirection: "row", alignItems: "flex-start", width: "68%" },
    seller: { marginLeft: 8, fontSize: 7.5, lineHeight: 1.3 },
    sellerName: { fontSize: 10, lineHeight: 1.3, fontWeight: 700, color: brand.primary },
    reason: { marginBottom: 4 },
    product: { fontSize: 16, lineHeight: 1.2, fontWeight: 700, color: brand.primary, marginLeft: 8 },
    titleBlock: { alignItems: "flex-end", width: "32%" },
    title: { fontSize: 14, lineHeight: 1.3, fontWeight: 700, color: brand.primary },
    number: { fontSize: 11, lineHeight: 1.3, fontWeight: 700 },
    meta: { flexDirection: "row", flexWrap: "wrap", backgroundColor: brand.surface, padding: 8, marginBottom: 12 },
    metaItem: { width: "33%", marginBottom: 3 },
    label: { fontSize: 7.5, color: "#555555" },
    strong: { fontWeight: 700 },
    parties: { flexDirection: "row", marginBottom: 14 },
    party: { width: "50%", paddingRight: 12 },
    sectionTitle: { fontSize: 10, fontWeight: 700, color: brand.primary, marginBottom: 4 },
    table: { borderTopWidth: 1, borderTopColor: brand.primary, marginBottom: 12 },
    tableHead: { flexDirection: "row", backgroundColor: brand.primary, color: brand.primaryContrast, fontWeight: 700, fontSize: 7.5, lineHeight: 1.15 },
    tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#cccccc", fontSize: 8 },
    tableTotal: { flexDirection: "row", fontWeight: 700, fontSize: 8, backgroundColor: brand.surface },
    cell: { paddingVertical: 3, paddingHorizontal: 3 },
    right: { textAlign: "right" },
    bottom: { flexDirection: "row", marginBottom: 12 },
    payBox: { borderWidth: 1, borderColor: brand.accent, padding: 8, marginBottom: 12 },
    payAmount: { fontSize: 14, lineHeight: 1.3, fontWeight: 700, color: brand.primary, marginBottom: 2 },
    consumption: { backgroundColor: brand.surface, padding: 8, marginBottom: 12 },
    // Absolute and `fixed`: repeated at the bottom of every page, inside the page's bottom padding.
    footer: {
      position: "absolute",
      bottom: 20,
      left: 40,
      right: 40,
      borderTopWidth: 0.5,
      borderTopColor: brand.primary,
      paddingTop: 5,
      fontSize: 7,
      color: "#555555",
    },
    // A dynamic (render) text is measured before it has content: it needs a width of its own.
    pageNumber: { position: "absolute", top: 5, right: 0, width: 80, textAlign: "right" },
  });
}

export type PdfStyles = ReturnType<typeof pdfStyles>;
