import { foreignKey, type AnyPgColumn } from "drizzle-orm/pg-core";
import { customers } from "./customer-data";

/**
 * The foreign key of a portal-written row to its customer: (tenant_id, customer_id), so it can never
 * point at another seller's customer. Not re-exported by db/schema/index.ts: it is no table.
 */
export const customerForeignKey = (t: { tenantId: AnyPgColumn; customerId: AnyPgColumn }) =>
  foreignKey({ columns: [t.tenantId, t.customerId], foreignColumns: [customers.tenantId, customers.id] });
