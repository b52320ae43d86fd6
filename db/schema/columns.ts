import { bigint, customType, inet, primaryKey, text, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * Column helpers spread into the tables (drizzle's documented pattern for repeated columns). Each call
 * builds new column objects, so one helper may serve many tables; the names are the database's own.
 */

/** Money is integer grosze. bigint in the database, number in JS (safe up to 90 trillion zł). */
export const money = (name: string) => bigint(name, { mode: "number" });
export const tenantId = () => text("tenant_id").notNull();
export const tstz = (name: string) => timestamp(name, { withTimezone: true });
export const createdAt = () => tstz("created_at").notNull().defaultNow();
export const updatedAt = () => tstz("updated_at").notNull().defaultNow();
export const timestamps = () => ({ createdAt: createdAt(), updatedAt: updatedAt() });
/** Tables the portal writes: a random uuid key. */
export const uuidId = () => uuid("id").primaryKey().defaultRandom();

/** A record of the seller's CRM: its own id, unique within the tenant (docs/import-format.md §1). */
export const crmRecord = () => ({ tenantId: tenantId(), id: text("id").notNull() });
export const crmPrimaryKey = (t: { tenantId: AnyPgColumn; id: AnyPgColumn }) => primaryKey({ columns: [t.tenantId, t.id] });

/** A row of one tenant's customer: the pair the foreign key to customers (db/schema/customer-keys.ts) uses. */
export const customerOwned = () => ({ tenantId: tenantId(), customerId: text("customer_id").notNull() });

/** A `bytea` value as a Node Buffer: postgres.js answers a Buffer, PGlite a Uint8Array (viewed, not copied). */
export const asBuffer = (value: Uint8Array): Buffer => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength));

/** PostgreSQL `bytea` as a Node Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => value,
  fromDriver: asBuffer,
});

/** A server-side session (customers' and staff's alike): the id is the SHA-256 of the cookie's random token. */
export const sessionColumns = () => ({
  id: text("id").primaryKey(),
  createdAt: createdAt(),
  lastSeenAt: tstz("last_seen_at").notNull().defaultNow(),
  /** Absolute limit (12 h after sign-in). */
  expiresAt: tstz("expires_at").notNull(),
  revokedAt: tstz("revoked_at"),
  ip: inet("ip"),
  userAgent: text("user_agent"),
});

/** A CRM record of one customer (a contract, an invoice, a payment): the CRM's id and the customer's. */
export const crmCustomerRecord = () => ({ ...crmRecord(), customerId: text("customer_id").notNull() });

/** Net, VAT and gross of a document or of one of its lines, in grosze. */
export const amounts = () => ({ net: money("net").notNull(), vat: money("vat").notNull(), gross: money("gross").notNull() });

/** A row the portal writes for one tenant: a random id and the tenant. */
export const tenantRow = () => ({ id: uuidId(), tenantId: tenantId() });

/** A row that belongs to one invoice of the tenant (its lines, its stored PDF, a payment's hold on it). */
export const invoiceOwned = () => ({ tenantId: tenantId(), invoiceId: text("invoice_id").notNull() });
