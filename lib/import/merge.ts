import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { stageTable } from "@/lib/import/staging";
import { tableSpecs, type TableName, type TableSpec } from "@/lib/import/tables";

/**
 * The second half of an import, once check.ts found nothing: one upsert per table from its staging
 * table. A record repeated in the file counts once, its last line winning. `IS DISTINCT FROM` in the
 * conflict clause skips rows that would not change, so a repeated file rewrites nothing — updated_at
 * included. Identifiers come from tables.ts (code), values only as parameters.
 */

const list = (names: string[], prefix = "") => names.map((n) => `${prefix}"${n}"`).join(", ");

/** Staged rows of a table that no later line of the file replaces (invoice lines: of their invoice's last line). */
function latest(spec: TableSpec): string {
  if (spec.name === "invoice_lines") {
    return `NOT EXISTS (SELECT 1 FROM ${stageTable("invoices")} w WHERE w.id = s.invoice_id AND w.line > s.line)`;
  }
  const same = spec.key.map(([n]) => `w."${n}" = s."${n}"`).join(" AND ");
  return `NOT EXISTS (SELECT 1 FROM ${stageTable(spec.name)} w WHERE ${same} AND w.line > s.line)`;
}

function upsertStaged(spec: TableSpec, tenantId: string, at: Date) {
  const keys = spec.key.map(([n]) => n);
  const cols = spec.columns.map(([n]) => n);
  const all = [...keys, ...cols];
  const target = ["tenant_id", ...all, ...(spec.touchesUpdatedAt ? ["updated_at"] : [])];
  const sets = cols.map((c) => `"${c}" = excluded."${c}"`);
  if (spec.touchesUpdatedAt) sets.push(`"updated_at" = excluded."updated_at"`);
  const stamp = spec.touchesUpdatedAt ? sql`, ${at.toISOString()}::timestamptz` : sql``;
  return sql`INSERT INTO ${sql.raw(`"${spec.name}"`)} (${sql.raw(list(target))})
    SELECT ${tenantId}::text, ${sql.raw(list(all, "s."))}${stamp}
    FROM ${sql.raw(stageTable(spec.name))} s WHERE ${sql.raw(latest(spec))}
    ON CONFLICT (${sql.raw(list(["tenant_id", ...keys]))}) DO UPDATE SET ${sql.raw(sets.join(", "))}
    WHERE (${sql.raw(list(cols, `"${spec.name}".`))}) IS DISTINCT FROM (${sql.raw(list(cols, "excluded."))})`;
}

/** An invoice that now has fewer lines loses the ones beyond its new count (run before its lines are written). */
function trimInvoiceLines(tenantId: string) {
  const stage = sql.raw(stageTable("invoices"));
  return sql`DELETE FROM invoice_lines l USING ${stage} s
    WHERE l.tenant_id = ${tenantId} AND l.invoice_id = s.id AND l.line_no > s.line_count
      AND NOT EXISTS (SELECT 1 FROM ${stage} w WHERE w.id = s.id AND w.line > s.line)`;
}

export async function mergeStaged(tx: Tx, tenantId: string, staged: ReadonlyMap<TableName, number>, at: Date): Promise<void> {
  for (const spec of tableSpecs) {
    if (spec.name === "invoice_lines" && staged.has("invoices")) await tx.execute(trimInvoiceLines(tenantId));
    if (staged.has(spec.name)) await tx.execute(upsertStaged(spec, tenantId, at));
  }
}
