import { createHash } from "node:crypto";
import type { Tenant } from "@/lib/tenant/schema";
import type { InvoicePdfData } from "./invoice-data";

/**
 * Bump when anything that shapes the PDF's bytes changes outside the data and the tenant file: the
 * layout in lib/pdf, the fonts, react-pdf's version. Every stored PDF is then rendered again on its
 * next download (docs/decisions/0015-stored-invoice-pdfs.md).
 */
export const PDF_RENDERER_VERSION = "invoice-pdf/2";

/** The parts of the tenant file the PDF prints or draws with: names, legal data, contacts, brand (colours, wordmark). */
function tenantInputs(tenant: Tenant) {
  const { id, names, legal, contacts, brand } = tenant;
  return { id, names, legal, contacts, brand };
}

// The tenant files are loaded once per process: their part of the hash is computed once per object.
const tenantDigests = new WeakMap<Tenant, string>();

function tenantDigest(tenant: Tenant): string {
  let digest = tenantDigests.get(tenant);
  if (!digest) {
    digest = createHash("sha256")
      .update(JSON.stringify(tenantInputs(tenant)))
      .digest("base64url");
    tenantDigests.set(tenant, digest);
  }
  return digest;
}

/**
 * `updated_at` says when the import last wrote a row, not what the PDF prints: a row rewritten with
 * the same values must not make a new PDF. Maps (the lines' points) become sorted entry lists.
 */
function replacer(key: string, value: unknown): unknown {
  if (key === "updatedAt") return undefined;
  if (value instanceof Map) return [...value.entries()].sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
  return value;
}

/**
 * The content hash of everything the invoice PDF is made of: the renderer version, the tenant's
 * printed data and branding, and the document's data exactly as loadInvoicePdfData loaded it for the
 * PDF. Equal hashes mean equal PDFs, so the hash is also the download's ETag. A few microseconds
 * against tens of milliseconds for a render (bench/pdf.ts measures both).
 */
export function invoicePdfInputHash(tenant: Tenant, data: InvoicePdfData): string {
  return createHash("sha256")
    .update(PDF_RENDERER_VERSION)
    .update("\0")
    .update(tenantDigest(tenant))
    .update("\0")
    .update(JSON.stringify(data, replacer))
    .digest("base64url");
}
