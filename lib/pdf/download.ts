import type { CustomerOf } from "@/lib/auth/customer-scope";
import type { Tenant } from "@/lib/tenant/schema";
import { loadInvoicePdfData, type InvoicePdfData } from "./invoice-data";
import { invoicePdfInputHash } from "./input-hash";
import { pdfContentDisposition, renderInvoicePdf } from "./render";
import { pgPdfStore, type PdfStore } from "./store";

/** An invoice PDF to answer with; `bytes` is null when the client's copy (If-None-Match) is current. */
export type InvoicePdfDownload = { etag: string; disposition: string; bytes: Buffer | null; rendered: boolean };

/** Replaceable for tests (counting renders) and for another store; the defaults are the app's. */
export type InvoicePdfDeps = { render?: (tenant: Tenant, data: InvoicePdfData) => Promise<Buffer>; store?: PdfStore };

/** RFC 9110 If-None-Match: `*` or a list of (maybe weak) entity tags. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === etag;
  });
}

/**
 * The invoice's PDF, rendered once (docs/decisions/0015-stored-invoice-pdfs.md). The invoice is
 * loaded by tenant + payer + id first — someone else's document is null, and the caller answers 404
 * (S13, S14); only then is the store read. The hash of the loaded inputs is the ETag: a stored PDF of
 * the same inputs is served as it is, otherwise the PDF is rendered and stored, replacing one of
 * older inputs (a re-import that changed the document, a new logo or colours in the tenant file).
 */
export async function invoicePdfDownload(
  scope: CustomerOf,
  invoiceId: string,
  ifNoneMatch: string | null,
  deps: InvoicePdfDeps = {},
): Promise<InvoicePdfDownload | null> {
  const { db, tenant } = scope;
  const data = await loadInvoicePdfData(scope, invoiceId);
  if (!data) return null;
  const inputHash = invoicePdfInputHash(tenant, data);
  const etag = `"${inputHash}"`;
  const disposition = pdfContentDisposition(data.invoice.number);
  if (etagMatches(ifNoneMatch, etag)) return { etag, disposition, bytes: null, rendered: false };
  const store = deps.store ?? pgPdfStore(db);
  const stored = await store.get(tenant.id, data.invoice.id, inputHash);
  if (stored) return { etag, disposition, bytes: stored, rendered: false };
  const bytes = await (deps.render ?? renderInvoicePdf)(tenant, data);
  await store.put(tenant.id, data.invoice.id, inputHash, bytes);
  return { etag, disposition, bytes, rendered: true };
}

/**
 * The HTTP answer: the PDF, or 304 when the client's copy is current. `private, no-cache`: only the
 * customer's own browser may keep it, and it asks again each time (a re-issued document must show).
 */
export function invoicePdfResponse(pdf: InvoicePdfDownload): Response {
  const headers = { ETag: pdf.etag, "Cache-Control": "private, no-cache" };
  if (!pdf.bytes) return new Response(null, { status: 304, headers });
  // A view on the stored bytes, not a copy (a Buffer's memory is always an ArrayBuffer in Node).
  return new Response(new Uint8Array(pdf.bytes.buffer as ArrayBuffer, pdf.bytes.byteOffset, pdf.bytes.byteLength), {
    headers: { ...headers, "Content-Type": "application/pdf", "Content-Disposition": pdf.disposition, "Content-Length": String(pdf.bytes.length) },
  });
}
