import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Row } from "@/lib/import/prepare";
import type { TableSpec } from "@/lib/import/tables";

/** The SQL the import runs. Identifiers come from tables.ts (code), values only as parameters. */

/** postgres.js answers an array of rows, PGlite `{ rows }`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

const list = (names: string[], prefix = "") => names.map((n) => `${prefix}"${n}"`).join(", ");

/**
 * One multi-row upsert. `IS DISTINCT FROM` in the conflict clause skips rows that would not change,
 * so a repeated file rewrites nothing — updated_at included.
 */
export function upsertQuery(spec: TableSpec, tenantId: string, rows: Row[], at: Date): SQL {
  const keys = spec.key.map(([n]) => n);
  const cols = spec.columns.map(([n]) => n);
  const all = [...keys, ...cols];
  const recordDef = [...spec.key, ...spec.columns].map(([n, type]) => `"${n}" ${type}`).join(", ");
  const target = ["tenant_id", ...all, ...(spec.touchesUpdatedAt ? ["updated_at"] : [])];
  const sets = cols.map((c) => `"${c}" = excluded."${c}"`);
  if (spec.touchesUpdatedAt) sets.push(`"updated_at" = excluded."updated_at"`);
  const stamp = spec.touchesUpdatedAt ? sql`, ${at.toISOString()}::timestamptz` : sql``;
  return sql`INSERT INTO ${sql.raw(`"${spec.name}"`)} (${sql.raw(list(target))})
    SELECT ${tenantId}::text, ${sql.raw(list(all, "x."))}${stamp}
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(${sql.raw(recordDef)})
    ON CONFLICT (${sql.raw(list(["tenant_id", ...keys]))}) DO UPDATE SET ${sql.raw(sets.join(", "))}
    WHERE (${sql.raw(list(cols, `"${spec.name}".`))}) IS DISTINCT FROM (${sql.raw(list(cols, "excluded."))})`;
}

/**
 * `= ANY(ARRAY(…))` rather than a join or `IN (SELECT …)`: tables filled inside one transaction have
 * no statistics yet, and with a join the planner scans the tenant's whole table on every batch
 * (quadratic). An array of keys always becomes an index lookup on the primary key.
 */
const idArray = (ids: string[]) => sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`;

/** An invoice that now has fewer lines loses the ones beyond its new count. */
export function trimInvoiceLinesQuery(tenantId: string, counts: { invoice_id: string; n: number }[]): SQL {
  return sql`DELETE FROM invoice_lines l
    USING jsonb_to_recordset(${JSON.stringify(counts)}::jsonb) AS x(invoice_id text, n integer)
    WHERE l.tenant_id = ${tenantId} AND l.invoice_id = ANY(${idArray(counts.map((c) => c.invoice_id))})
      AND l.invoice_id = x.invoice_id AND l.line_no > x.n`;
}

/** Which of these ids exist in the table (for this tenant), plus those remembered in the seen-ids table. */
export function existingIdsQuery(table: string, kind: string, tenantId: string, ids: string[], withSeen: boolean): SQL {
  const stored = sql`SELECT id FROM ${sql.raw(`"${table}"`)} WHERE tenant_id = ${tenantId} AND id = ANY(${idArray(ids)})`;
  if (!withSeen) return stored;
  return sql`${stored} UNION SELECT id FROM import_seen WHERE kind = ${kind} AND id = ANY(${idArray(ids)})`;
}

/**
 * After the first bad line nothing more is written, but later lines may still refer to records of
 * unwritten batches: their ids go to a temporary table that disappears with the transaction.
 */
export const createSeenTableQuery = sql.raw(`CREATE TEMP TABLE IF NOT EXISTS import_seen (kind text NOT NULL, id text NOT NULL, PRIMARY KEY (kind, id)) ON COMMIT DROP`);

export function rememberSeenQuery(refs: { kind: string; id: string }[]): SQL {
  return sql`INSERT INTO import_seen (kind, id) SELECT kind, id FROM jsonb_to_recordset(${JSON.stringify(refs)}::jsonb) AS x(kind text, id text) ON CONFLICT DO NOTHING`;
}

/** Customer numbers already held by another customer of the tenant. */
export function takenCustomerNumbersQuery(tenantId: string, pairs: { id: string; number: string }[]): SQL {
  return sql`SELECT c.customer_number AS number, c.id FROM customers c
    JOIN jsonb_to_recordset(${JSON.stringify(pairs)}::jsonb) AS x(id text, number text) ON c.customer_number = x.number
    WHERE c.tenant_id = ${tenantId} AND c.customer_number = ANY(${idArray(pairs.map((p) => p.number))}) AND c.id <> x.id`;
}
