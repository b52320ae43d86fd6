import { customType, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, tenantId } from "./columns";

/** PostgreSQL `bytea` as a Node Buffer (postgres.js answers a Buffer, PGlite a Uint8Array). */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => value,
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
});

/**
 * The rendered PDF of an issued document, kept with the hash of everything that went into it
 * (lib/pdf/input-hash.ts): a download serves these bytes while the hash of the current inputs is the
 * same, and renders again and replaces the row when it is not (docs/decisions/0015-stored-invoice-pdfs.md).
 * Read only after the invoice was found by tenant + payer + id (S13, S14); written only by lib/pdf/store.ts.
 */
export const documentPdfs = pgTable(
  "document_pdfs",
  {
    tenantId: tenantId(),
    invoiceId: text("invoice_id").notNull(),
    inputHash: text("input_hash").notNull(),
    bytes: bytea("bytes").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.invoiceId] })],
);
