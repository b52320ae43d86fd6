import { renderToBuffer } from "@react-pdf/renderer";
import { createElement, type ReactElement } from "react";
import type { DocumentProps } from "@react-pdf/renderer";
import type { Tenant } from "@/lib/tenant/schema";
import type { InvoicePdfData } from "./invoice-data";
import { InvoiceDocument } from "./invoice-document";
import { registerPdfFonts } from "./fonts";
import { installPdfKitFontCache } from "./pdfkit-font-cache";

function renderDocument(tenant: Tenant, data: InvoicePdfData, singlePage: boolean): Promise<Buffer> {
  // InvoiceDocument renders a <Document>; react-pdf's type only accepts the element of <Document> itself.
  return renderToBuffer(createElement(InvoiceDocument, { tenant, data, singlePage }) as unknown as ReactElement<DocumentProps>);
}

/** The page count pdfkit writes into the page tree (`/Type /Pages /Count n`), uncompressed. */
export function pdfPageCount(pdf: Buffer): number {
  const match = /\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString("latin1"));
  if (!match) throw new Error("no page tree in the PDF");
  return Number(match[1]);
}

/**
 * The finished PDF bytes of one invoice. Almost every document fits one page, so it is laid out
 * first with a plain "Strona 1 z 1": a "Strona X z Y" computed by react-pdf costs two more layout
 * passes of the page. Only when that gives more pages is it rendered again with the computed numbers.
 */
export async function renderInvoicePdf(tenant: Tenant, data: InvoicePdfData): Promise<Buffer> {
  registerPdfFonts();
  await installPdfKitFontCache();
  const onePage = await renderDocument(tenant, data, true);
  return pdfPageCount(onePage) === 1 ? onePage : renderDocument(tenant, data, false);
}

/**
 * `attachment; filename="FV_2026_10_0001.pdf"; filename*=UTF-8''FV_2026_10_0001.pdf` — the plain
 * name for old clients is reduced to ASCII, the UTF-8 one keeps Polish letters.
 */
export function pdfContentDisposition(number: string): string {
  const base = number.replace(/[\/\\]/g, "_");
  const ascii = base
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .replace(/[^A-Za-z0-9._-]/g, "_");
  return `attachment; filename="${ascii}.pdf"; filename*=UTF-8''${encodeURIComponent(`${base}.pdf`)}`;
}
