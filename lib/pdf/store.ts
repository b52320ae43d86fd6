import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { documentPdfs } from "@/db/schema";

/**
 * Where rendered invoice PDFs are kept, keyed by tenant + invoice, each with the hash of its inputs.
 * One small interface so a file or object store can replace the PostgreSQL table
 * (docs/decisions/0015-stored-invoice-pdfs.md). Callers read a stored PDF only after they found the
 * invoice for this tenant and customer (S13, S14): the store itself knows no customers. The download
 * reads this table's bytes in the same query that finds the invoice and hashes its inputs
 * (currentInvoicePdf, lib/pdf/input-hash.ts); `get` is for another store, read after that query.
 */
export interface PdfStore {
  /** The stored bytes when a PDF of exactly these inputs is stored, else null. */
  get(tenantId: string, invoiceId: string, inputHash: string): Promise<Buffer | null>;
  /** Stores the PDF, replacing one of other inputs; a concurrent put of the same document is not an error. */
  put(tenantId: string, invoiceId: string, inputHash: string, bytes: Buffer): Promise<void>;
}

/** The `document_pdfs` table (bytea). */
export function pgPdfStore(db: DbOrTx): PdfStore {
  return {
    async get(tenantId, invoiceId, inputHash) {
      // The hash in the WHERE clause: a stale row's bytes are never sent over the wire.
      const [row] = await db
        .select({ bytes: documentPdfs.bytes })
        .from(documentPdfs)
        .where(and(eq(documentPdfs.tenantId, tenantId), eq(documentPdfs.invoiceId, invoiceId), eq(documentPdfs.inputHash, inputHash)))
        .limit(1);
      return row?.bytes ?? null;
    },
    async put(tenantId, invoiceId, inputHash, bytes) {
      // Two first downloads at once both render and both write: the second one updates (or, with the
      // same hash, leaves) the first one's row instead of failing on the primary key.
      await db
        .insert(documentPdfs)
        .values({ tenantId, invoiceId, inputHash, bytes })
        .onConflictDoUpdate({
          target: [documentPdfs.tenantId, documentPdfs.invoiceId],
          set: { inputHash: sql`excluded.input_hash`, bytes: sql`excluded.bytes`, createdAt: sql`now()` },
          setWhere: sql`${documentPdfs.inputHash} IS DISTINCT FROM excluded.input_hash`,
        });
    },
  };
}
