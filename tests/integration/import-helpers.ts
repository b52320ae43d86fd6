import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { queryRows } from "@/lib/import/sql";

/** Shared bits of the import integration tests. */

export const jsonl = (...records: object[]) => records.map((r) => JSON.stringify(r)).join("\n") + "\n";

export const address = { street: "ul. Długa", building: "1", postalCode: "00-001", city: "Warszawa" };
export const customer = (id: string, extra: object = {}) => ({
  type: "customer",
  id,
  kind: "individual",
  pesel: "44051401359",
  name: `Klient ${id}`,
  address,
  ...extra,
});
export const contract = (id: string, customerId: string, extra: object = {}) => ({
  type: "contract",
  id,
  customer: customerId,
  number: `U/${id}`,
  status: "active",
  ...extra,
});
export const point = (id: string, contractId: string, code: string, kind: string) => ({ type: "point", id, contract: contractId, code, kind, address });

/** Every imported row of a tenant, updated_at included, in a stable order. */
export async function snapshot(db: Db, tenantId: string): Promise<unknown[]> {
  const tables = ["customers", "contracts", "points", "invoices", "invoice_lines", "payments", "readings", "consumption"];
  const out: unknown[] = [];
  for (const table of tables) {
    const rows = await queryRows<Record<string, unknown>>(
      db,
      sql`SELECT to_jsonb(t) AS row FROM ${sql.raw(table)} t WHERE tenant_id = ${tenantId} ORDER BY to_jsonb(t)::text`,
    );
    out.push(table, ...rows.map((r) => r.row));
  }
  return out;
}

export async function count(db: Db, table: string, tenantId: string): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(db, sql`SELECT count(*) AS n FROM ${sql.raw(table)} WHERE tenant_id = ${tenantId}`);
  return Number(row!.n);
}
