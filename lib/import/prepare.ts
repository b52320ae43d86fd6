import { registrationProofKinds } from "@/db/schema";
import { addressRow, invoiceColumns, invoiceLineColumns, snakeCaseKeys } from "@/lib/import/columns";
import { parsePlain } from "@/lib/import/fast";
import { describeIssues } from "@/lib/import/issues";
import { recordTypes, type ParsedOf, type RecordSchemas, type RecordType } from "@/lib/import/records";
import type { TableName } from "@/lib/import/tables";

/**
 * One line of the file → the row it writes and the ids it refers to. Rows use the tables' column
 * names (snake_case), the names of the staging tables' columns too (staging.ts).
 */

export type RefKind = "customer" | "contract" | "point" | "invoice";
export type Ref = { kind: RefKind; id: string };
export type Row = Record<string, unknown>;

export type Prepared = {
  type: RecordType;
  table: TableName;
  /** Unique within the table (for the last-one-wins rule inside a batch). */
  key: string;
  row: Row;
  defines: Ref | null;
  refs: Ref[];
  lines?: Row[];
  customerNumber?: string | null;
};

export type PrepareResult = { ok: true; record: Prepared } | { ok: false; reason: string };

const refs = (...list: [RefKind, string | null][]): Ref[] => list.filter((r): r is [RefKind, string] => r[1] !== null).map(([kind, id]) => ({ kind, id }));

const builders: { [K in RecordType]: (r: ParsedOf<K>) => Prepared } = {
  customer: (r) => ({
    type: "customer",
    table: "customers",
    key: r.id,
    row: {
      id: r.id,
      kind: r.kind,
      pesel: r.pesel,
      nip: r.nip,
      customer_number: r.customerNumber,
      name: r.name,
      email: r.email,
      phone: r.phone,
      address: addressRow(r.address),
      // Absent means the default; stored in one order, so the same list in another order changes nothing.
      registration_proofs: registrationProofKinds.filter((kind) => kind === "lastInvoice" || r.registrationProofs?.includes(kind)),
      bank_account: r.bankAccount,
    },
    defines: { kind: "customer", id: r.id },
    refs: [],
    customerNumber: r.customerNumber,
  }),
  contract: (r) => ({
    type: "contract",
    table: "contracts",
    key: r.id,
    row: {
      id: r.id,
      customer_id: r.customer,
      payer_id: r.payer ?? r.customer,
      number: r.number,
      status: r.status,
      signed_at: r.signedAt,
      start_date: r.startDate,
      end_date: r.endDate,
      product: r.product,
    },
    defines: { kind: "contract", id: r.id },
    refs: refs(["customer", r.customer], ["customer", r.payer]),
  }),
  point: (r) => ({
    type: "point",
    table: "points",
    key: r.id,
    row: {
      id: r.id,
      contract_id: r.contract,
      code: r.code,
      kind: r.kind,
      address: addressRow(r.address),
      tariff: r.tariff,
      meter_number: r.meterNumber,
      distributor: r.distributor,
      self_reading: r.selfReading ?? false,
      reading_window_from: r.readingWindow?.from ?? null,
      reading_window_to: r.readingWindow?.to ?? null,
      zones: r.zones ?? ["all"],
    },
    defines: { kind: "point", id: r.id },
    refs: refs(["contract", r.contract]),
  }),
  invoice: (r) => ({
    type: "invoice",
    table: "invoices",
    key: r.id,
    row: snakeCaseKeys(invoiceColumns(r)),
    lines: invoiceLineColumns(r).map(snakeCaseKeys),
    defines: { kind: "invoice", id: r.id },
    refs: refs(
      ["customer", r.customer],
      ["contract", r.contract],
      ["invoice", r.corrects],
      ["invoice", r.interest?.invoice ?? null],
      ...r.lines.map((l): [RefKind, string | null] => ["point", l.point]),
    ),
  }),
  payment: (r) => ({
    type: "payment",
    table: "payments",
    key: r.id,
    row: { id: r.id, customer_id: r.customer, date: r.date, amount: r.amount, invoice_id: r.invoice, method: r.method, reference: r.reference },
    defines: null,
    refs: refs(["customer", r.customer], ["invoice", r.invoice]),
  }),
  reading: (r) => ({
    type: "reading",
    table: "readings",
    key: r.id,
    row: {
      id: r.id,
      point_id: r.point,
      date: r.date,
      value: r.value,
      unit: r.unit,
      zone: r.zone ?? "all",
      source: r.source,
      meter_change: r.meterChange ?? false,
    },
    defines: null,
    refs: refs(["point", r.point]),
  }),
  consumption: (r) => ({
    type: "consumption",
    table: "consumption",
    key: `${r.point}\u0000${r.periodFrom}\u0000${r.periodTo}`,
    row: { point_id: r.point, period_from: r.periodFrom, period_to: r.periodTo, quantity: r.quantity, unit: r.unit },
    defines: null,
    refs: refs(["point", r.point]),
  }),
};

/**
 * PostgreSQL text and jsonb cannot hold U+0000 or half of a surrogate pair, which a JSON string may
 * spell as "\u0000" or "\ud800" (the fuzz found both failing the whole import with a 500).
 */
const unstorable = (text: string) => text.includes("\u0000") || !text.isWellFormed();

function hasUnstorable(value: unknown): boolean {
  if (typeof value === "string") return unstorable(value);
  if (value === null || typeof value !== "object") return false;
  return Object.entries(value).some(([key, v]) => unstorable(key) || hasUnstorable(v));
}

const isRecordType = (value: unknown): value is RecordType => typeof value === "string" && (recordTypes as readonly string[]).includes(value);

export function prepareLine(line: string, schemas: RecordSchemas): PrepareResult {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { ok: false, reason: "nieprawidłowy JSON" };
  }
  if (input === null || typeof input !== "object" || Array.isArray(input)) return { ok: false, reason: "wiersz musi być obiektem JSON" };
  // The cheap text search first: the walk only runs for the rare line that spells such an escape
  // (the bytes themselves were checked as UTF-8, which has neither a lone surrogate nor a raw NUL in a string).
  if (/\\u(0000|d[89a-f])/i.test(line) && hasUnstorable(input))
    return { ok: false, reason: "wiersz zawiera znak, którego nie można zapisać (\\u0000 albo połowa pary zastępczej UTF-16)" };
  const type = (input as { type?: unknown }).type;
  if (type === undefined) return { ok: false, reason: 'brak wymaganego pola "type"' };
  if (!isRecordType(type)) return { ok: false, reason: `nieznany typ rekordu ${JSON.stringify(type)} (dozwolone: ${recordTypes.join(", ")})` };
  const build = builders[type] as (r: unknown) => Prepared;
  // The hand-written check first (fast.ts): it answers only for plainly valid records, as zod would.
  const plain = parsePlain(type, input);
  if (plain) return { ok: true, record: build(plain) };
  const parsed = schemas[type].safeParse(input);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error.issues, input) };
  return { ok: true, record: build(parsed.data) };
}
