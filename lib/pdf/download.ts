import type { CustomerOf } from "@/lib/auth/customer-scope";
import type { Tenant } from "@/lib/tenant/schema";
import { loadInvoicePdfData, type InvoicePdfData } from "./invoice-data";
import { currentInvoicePdf, type CurrentInvoicePdf } from "./input-hash";
import { pdfContentDisposition, renderInvoicePdf } from "./render";
import { pgPdfStore } from "./store";

/** An invoice PDF to answer with; `bytes` is null when the client's copy (If-None-Match) is current. */
export type InvoicePdfDownload = { etag: string; disposition: string; bytes: Buffer | null; rendered: boolean };

/** Replaceable for tests (counting renders); the default is the app's renderer. */
export type InvoicePdfDeps = { render?: (tenant: Tenant, data: InvoicePdfData) => Promise<Buffer> };

/** RFC 9110 If-None-Match: `*` or a list of (maybe weak) entity tags, as compared (weak prefix dropped). */
function entityTags(ifNoneMatch: string | null): string[] {
  return ifNoneMatch ? ifNoneMatch.split(",").map((tag) => tag.trim().replace(/^W\//, "")) : [];
}

export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  return entityTags(ifNoneMatch).some((tag) => tag === "*" || tag === etag);
}

/**
 * The invoice's PDF, rendered once (docs/decisions/0015-stored-invoice-pdfs.md). One query finds the
 * invoice by tenant + payer + id — someone else's document is null, and the caller answers 404 (S13,
 * S14) — hashes its inputs in the database and reads the stored PDF of exactly that hash
 * (currentInvoicePdf). The hash is the ETag. Only when nothing current is stored are the inputs
 * loaded, the PDF rendered and stored, replacing one of older inputs (a re-import that changed the
 * document, a new logo or colours in the tenant file).
 */
export async function invoicePdfDownload(
  scope: CustomerOf,
  invoiceId: string,
  ifNoneMatch: string | null,
  deps: InvoicePdfDeps = {},
): Promise<InvoicePdfDownload | null> {
  const current = await currentInvoicePdf(scope, invoiceId, entityTags(ifNoneMatch));
  if (!current) return null;
  const answer = ({ number, inputHash }: CurrentInvoicePdf, bytes: Buffer | null, rendered: boolean) => ({
    etag: `"${inputHash}"`,
    disposition: pdfContentDisposition(number),
    bytes,
    rendered,
  });
  if (etagMatches(ifNoneMatch, `"${current.inputHash}"`)) return answer(current, null, false);
  if (current.bytes) return answer(current, current.bytes, false);
  // A miss: the hash and the data it stands for are read again in one snapshot, so the stored bytes
  // are exactly of the hashed inputs even when an import commits between the two reads.
  const { hashed, data } = await scope.db.transaction(
    async (tx) => {
      const inTx = { ...scope, db: tx };
      return { hashed: await currentInvoicePdf(inTx, invoiceId, ["*"]), data: await loadInvoicePdfData(inTx, invoiceId) };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  if (!hashed || !data) return null;
  const bytes = await (deps.render ?? renderInvoicePdf)(scope.tenant, data);
  await pgPdfStore(scope.db).put(scope.tenant.id, invoiceId, hashed.inputHash, bytes);
  return answer(hashed, bytes, true);
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
