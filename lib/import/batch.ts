import type { Tx } from "@/db/client";
import type { Prepared, Ref, RefKind, Row } from "@/lib/import/prepare";
import { createSeenTableQuery, existingIdsQuery, queryRows, rememberSeenQuery, takenCustomerNumbersQuery, trimInvoiceLinesQuery, upsertQuery } from "@/lib/import/sql";
import { refTables, tableSpecs, type TableName } from "@/lib/import/tables";

/**
 * A batch of consecutive lines. References are checked against the lines before them in this
 * batch and against the database (which, inside the import's transaction, already holds the earlier
 * batches), so memory never grows with the file.
 */

export type LineError = { line: number; reason: string };
type Entry = { line: number; record: Prepared };

const unknownName: Record<RefKind, string> = { customer: "nieznany klient", contract: "nieznana umowa", point: "nieznany punkt poboru", invoice: "nieznana faktura" };
const ofName: Record<RefKind, string> = { customer: "klienta", contract: "umowy", point: "punktu poboru", invoice: "faktury" };
const refKey = (ref: Ref) => `${ref.kind}\u0000${ref.id}`;

export class Batch {
  readonly entries: Entry[] = [];
  private readonly errorsByLine = new Map<number, string[]>();

  add(line: number, record: Prepared) {
    this.entries.push({ line, record });
  }

  fail(line: number, reason: string) {
    const reasons = this.errorsByLine.get(line) ?? [];
    reasons.push(reason);
    this.errorsByLine.set(line, reasons);
  }

  get hasErrors() {
    return this.errorsByLine.size > 0;
  }

  /** Bad lines in file order, one reason per line. */
  errors(): LineError[] {
    return [...this.errorsByLine.entries()].sort((a, b) => a[0] - b[0]).map(([line, reasons]) => ({ line, reason: reasons.join("; ") }));
  }

  validEntries(): Entry[] {
    return this.entries.filter((e) => !this.errorsByLine.has(e.line));
  }

  async resolve(tx: Tx, tenantId: string, seenTable: boolean): Promise<void> {
    const defined = new Map<string, number>();
    const pending: { line: number; ref: Ref }[] = [];
    for (const { line, record } of this.entries) {
      for (const ref of record.refs) if (!defined.has(refKey(ref))) pending.push({ line, ref });
      if (record.defines && !defined.has(refKey(record.defines))) defined.set(refKey(record.defines), line);
    }
    const found = await this.lookup(tx, tenantId, pending, seenTable);
    for (const { line, ref } of pending) {
      if (found.has(refKey(ref))) continue;
      const later = defined.get(refKey(ref));
      this.fail(line, later ? `odwołanie do ${ofName[ref.kind]} "${ref.id}" z dalszego wiersza ${later}` : `${unknownName[ref.kind]} "${ref.id}"`);
    }
    await this.checkCustomerNumbers(tx, tenantId);
  }

  private async lookup(tx: Tx, tenantId: string, pending: { ref: Ref }[], seenTable: boolean): Promise<Set<string>> {
    const byKind = new Map<RefKind, Set<string>>();
    for (const { ref } of pending) byKind.set(ref.kind, (byKind.get(ref.kind) ?? new Set()).add(ref.id));
    const found = new Set<string>();
    for (const [kind, ids] of byKind) {
      const rows = await queryRows<{ id: string }>(tx, existingIdsQuery(refTables[kind], kind, tenantId, [...ids], seenTable));
      for (const { id } of rows) found.add(refKey({ kind, id }));
    }
    return found;
  }

  /** A customer number identifies one customer of the tenant (it is the MPEC login). */
  private async checkCustomerNumbers(tx: Tx, tenantId: string): Promise<void> {
    const owner = new Map<string, string>();
    const lineOf = new Map<string, number[]>();
    for (const { line, record } of this.entries) {
      const number = record.customerNumber;
      if (!number) continue;
      const holder = owner.get(number);
      if (holder && holder !== record.key) this.fail(line, `numer odbiorcy "${number}" ma już klient "${holder}"`);
      else owner.set(number, record.key);
      lineOf.set(`${record.key}\u0000${number}`, [...(lineOf.get(`${record.key}\u0000${number}`) ?? []), line]);
    }
    if (owner.size === 0) return;
    const pairs = [...owner.entries()].map(([number, id]) => ({ id, number }));
    const taken = await queryRows<{ number: string; id: string }>(tx, takenCustomerNumbersQuery(tenantId, pairs));
    for (const t of taken) {
      const id = owner.get(t.number)!;
      for (const line of lineOf.get(`${id}\u0000${t.number}`) ?? []) this.fail(line, `numer odbiorcy "${t.number}" ma już klient "${t.id}"`);
    }
  }

  /** Writes the batch; a record repeated within it counts once, the later line winning. */
  async write(tx: Tx, tenantId: string, at: Date): Promise<void> {
    const tables = new Map<TableName, Map<string, Row>>();
    const lines = new Map<string, Row[]>();
    for (const { record } of this.entries) {
      const rows = tables.get(record.table) ?? new Map<string, Row>();
      rows.delete(record.key); // re-insert so Map order follows the latest occurrence
      rows.set(record.key, record.row);
      tables.set(record.table, rows);
      if (record.lines) lines.set(record.key, record.lines);
    }
    if (lines.size > 0) tables.set("invoice_lines", new Map([...lines.values()].flat().map((l) => [`${l.invoice_id}\u0000${l.line_no}`, l])));
    for (const spec of tableSpecs) {
      const rows = tables.get(spec.name);
      if (rows && rows.size > 0) await tx.execute(upsertQuery(spec, tenantId, [...rows.values()], at));
    }
    if (lines.size > 0) await tx.execute(trimInvoiceLinesQuery(tenantId, [...lines.entries()].map(([invoice_id, l]) => ({ invoice_id, n: l.length }))));
  }

  /** After a bad line: remember only the ids, so later lines can still refer to them. */
  async remember(tx: Tx): Promise<void> {
    const refs = this.entries.map((e) => e.record.defines).filter((d): d is Ref => d !== null);
    if (refs.length === 0) return;
    await tx.execute(createSeenTableQuery);
    await tx.execute(rememberSeenQuery(refs));
  }
}
