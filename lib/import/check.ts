import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { RefKind } from "@/lib/import/prepare";
import { queryRows } from "@/lib/import/sql";
import { stageTable } from "@/lib/import/staging";
import { refTables, type TableName } from "@/lib/import/tables";

/**
 * The reference checks of a staged file, set-based: one statement per reference column finds every
 * line whose reference is neither stored for this tenant nor defined on an earlier line of the file
 * (docs/decisions/0011-import-integrity.md). Their findings go to a temporary table, so a file with a
 * million bad lines is counted in full while only the first ones travel back.
 */

export type LineError = { line: number; reason: string };

/** A reference column of a staged table. `pos` orders the reasons of one line as the fields come in the record. */
type RefCheck = { table: TableName; column: string; kind: RefKind; pos: number; extra?: string };

const refChecks: RefCheck[] = [
  { table: "contracts", column: "customer_id", kind: "customer", pos: 0 },
  // payer_id is the customer when the line names no payer.
  { table: "contracts", column: "payer_id", kind: "customer", pos: 1, extra: `s."payer_id" <> s."customer_id"` },
  { table: "points", column: "contract_id", kind: "contract", pos: 0 },
  { table: "invoices", column: "customer_id", kind: "customer", pos: 0 },
  { table: "invoices", column: "contract_id", kind: "contract", pos: 1 },
  { table: "invoices", column: "corrects_id", kind: "invoice", pos: 2 },
  { table: "invoices", column: "interest_invoice_id", kind: "invoice", pos: 3 },
  { table: "invoice_lines", column: "point_id", kind: "point", pos: 4 },
  { table: "payments", column: "customer_id", kind: "customer", pos: 0 },
  { table: "payments", column: "invoice_id", kind: "invoice", pos: 1 },
  { table: "readings", column: "point_id", kind: "point", pos: 0 },
  { table: "consumption", column: "point_id", kind: "point", pos: 0 },
];

/** Invoice lines are reported on their invoice's line. */
const recordTable = (table: TableName): TableName => (table === "invoice_lines" ? "invoices" : table);

const unknownName: Record<RefKind, string> = {
  customer: "nieznany klient",
  contract: "nieznana umowa",
  point: "nieznany punkt poboru",
  invoice: "nieznana faktura",
};
const ofName: Record<RefKind, string> = { customer: "klienta", contract: "umowy", point: "punktu poboru", invoice: "faktury" };

const createIssues = sql.raw(
  `CREATE TEMP TABLE import_issues (line integer NOT NULL, pos integer NOT NULL, tbl text NOT NULL, kind text NOT NULL, id text NOT NULL, later integer, number text) ON COMMIT DROP`,
);

function refCheckQuery(check: RefCheck, tenantId: string) {
  const stage = sql.raw(stageTable(check.table));
  const target = sql.raw(stageTable(refTables[check.kind]));
  const stored = sql.raw(`"${refTables[check.kind]}"`);
  const col = sql.raw(`s."${check.column}"`);
  // An invoice's lines may name one point several times: one reason per point, at its first position.
  const pos = sql.raw(check.table === "invoice_lines" ? `${check.pos} + min(s.line_no)` : String(check.pos));
  return sql`INSERT INTO import_issues (line, pos, tbl, kind, id, later)
    SELECT s.line, ${pos}, ${sql.raw(`'${recordTable(check.table)}', '${check.kind}'`)}, ${col}, min(d.line)
    FROM ${stage} s LEFT JOIN ${target} d ON d.id = ${col} AND d.line > s.line
    WHERE ${col} IS NOT NULL ${check.extra ? sql.raw(`AND ${check.extra}`) : sql``}
      AND NOT EXISTS (SELECT 1 FROM ${target} e WHERE e.id = ${col} AND e.line < s.line)
      AND NOT EXISTS (SELECT 1 FROM ${stored} t WHERE t.tenant_id = ${tenantId} AND t.id = ${col})
    GROUP BY s.line, ${col}`;
}

/**
 * A customer number identifies one customer of the tenant (it is MPEC's login): the first line to
 * carry a number holds it; a later line giving it to another customer is bad, and so is the holder's
 * line when a stored customer other than it has the number.
 */
function customerNumbersQuery(tenantId: string) {
  const stage = sql.raw(stageTable("customers"));
  return sql`WITH numbered AS (
      SELECT line, id, customer_number, first_value(id) OVER (PARTITION BY customer_number ORDER BY line) AS holder
      FROM ${stage} WHERE customer_number IS NOT NULL)
    INSERT INTO import_issues (line, pos, tbl, kind, id, number)
    SELECT line, 100, 'customers', 'number', holder, customer_number FROM numbered WHERE holder <> id
    UNION ALL
    SELECT n.line, 100, 'customers', 'number', c.id, n.customer_number FROM numbered n
      JOIN customers c ON c.tenant_id = ${tenantId} AND c.customer_number = n.customer_number AND c.id <> n.id
      WHERE n.holder = n.id`;
}

type Issue = { line: number; pos: number; kind: string; id: string; later: number | null; number: string | null };

function reasonOf(issue: Issue): string {
  if (issue.kind === "number") return `numer odbiorcy "${issue.number}" ma już klient "${issue.id}"`;
  const kind = issue.kind as RefKind;
  return issue.later ? `odwołanie do ${ofName[kind]} "${issue.id}" z dalszego wiersza ${issue.later}` : `${unknownName[kind]} "${issue.id}"`;
}

export type CheckResult = {
  /** The first `limit` bad lines, in file order, one reason per line. */
  listed: LineError[];
  /** Bad lines in all, and of each table (to take them out of the counts). */
  badLines: number;
  badByTable: Partial<Record<TableName, number>>;
};

export async function checkStaged(tx: Tx, tenantId: string, staged: ReadonlyMap<TableName, number>, limit: number): Promise<CheckResult> {
  await tx.execute(createIssues);
  for (const check of refChecks) if (staged.has(check.table)) await tx.execute(refCheckQuery(check, tenantId));
  if (staged.has("customers")) await tx.execute(customerNumbersQuery(tenantId));
  const perTable = await queryRows<{ tbl: TableName; n: number | string }>(tx, sql`SELECT tbl, count(DISTINCT line) AS n FROM import_issues GROUP BY tbl`);
  const badByTable: Partial<Record<TableName, number>> = {};
  let badLines = 0;
  for (const { tbl, n } of perTable) {
    badByTable[tbl] = Number(n);
    badLines += Number(n);
  }
  if (badLines === 0) return { listed: [], badLines, badByTable };
  const issues = await queryRows<Issue>(
    tx,
    sql`SELECT line, pos, kind, id, later, number FROM import_issues
      WHERE line IN (SELECT DISTINCT line FROM import_issues ORDER BY line LIMIT ${limit}) ORDER BY line, pos, id`,
  );
  const listed: LineError[] = [];
  for (const issue of issues) {
    const last = listed.at(-1);
    if (last && last.line === issue.line) last.reason += `; ${reasonOf(issue)}`;
    else listed.push({ line: issue.line, reason: reasonOf(issue) });
  }
  return { listed, badLines, badByTable };
}
