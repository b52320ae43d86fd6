import { renderToBuffer } from "@react-pdf/renderer";
import { createElement, type ReactElement } from "react";
import type { DocumentProps } from "@react-pdf/renderer";
import type { Tenant } from "@/lib/tenant/schema";
import type { InvoicePdfData } from "./invoice-data";
import { InvoiceDocument } from "./invoice-document";
import { registerPdfFonts } from "./fonts";

/** The finished PDF bytes of one invoice. */
export async function renderInvoicePdf(tenant: Tenant, data: InvoicePdfData): Promise<Buffer> {
  registerPdfFonts();
  // InvoiceDocument renders a <Document>; react-pdf's type only accepts the element of <Document> itself.
  return renderToBuffer(createElement(InvoiceDocument, { tenant, data }) as unknown as ReactElement<DocumentProps>);
}

/**
 * `attachment; filename="FV_2026_10_0001.pdf"; filename*=UTF-8''FV_2026_10_0001.pdf` — the plain
 * name for old clients is reduced to ASCII, the UTF-8 one keeps Polish letters.
 */
export function pdfContentDisposition(number: string): string {
  const base = number.replace(/[\/\\]/g, "_");
  const ascii = base.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l").replace(/Ł/g, "L").replace(/[^A-Za-z0-9._-]/g, "_");
  return `attachment; filename="${ascii}.pdf"; filename*=UTF-8''${encodeURIComponent(`${base}.pdf`)}`;
}
