import { pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { bytea, createdAt, invoiceOwned } from "./columns";

/**
 * The rendered PDF of an issued document, kept with the hash of everything that went into it
 * (lib/pdf/input-hash.ts): a download serves these bytes while the hash of the current inputs is the
 * same, and renders again and replaces the row when it is not (docs/decisions/0015-stored-invoice-pdfs.md).
 * Read only after the invoice was found by tenant + payer + id (S13, S14); written only by lib/pdf/store.ts.
 */
export const documentPdfs = pgTable(
  "document_pdfs",
  {
    ...invoiceOwned(),
    inputHash: text("input_hash").notNull(),
    bytes: bytea("bytes").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.invoiceId] })],
);
