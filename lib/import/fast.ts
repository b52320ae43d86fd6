import { parseAmount } from "@/lib/format";
import { isRealDate } from "@/lib/import/fields";
import type { ParsedOf, RecordType } from "@/lib/import/records";

/**
 * Hand-written checks for the four record types that make up nearly every line of a CRM file
 * (invoices, payments, readings, consumption), because zod took two thirds of the import's time on
 * them (about 45 µs per invoice). They only ever say "plainly valid, and here is exactly what zod
 * would have answered" or "not sure": anything unusual — a missing or unknown field, a wrong type, a
 * value out of range — returns null, and prepare.ts asks zod, so the zod schemas of records.ts stay
 * the specification and every bad line keeps zod's message. tests/unit/import-fast.test.ts checks
 * on generated good and bad records that whatever is accepted here zod accepts with the same output.
 */

class NotPlain extends Error {}
const notPlain = new NotPlain();
const no = (): never => {
  throw notPlain;
};

type Obj = Record<string, unknown>;

/** A plain JSON object whose fields are all among `known` (zod's strictObject). */
function object(value: unknown, known: ReadonlySet<string>): Obj {
  if (value === null || typeof value !== "object" || Array.isArray(value)) no();
  for (const key in value as Obj) if (!known.has(key)) no();
  return value as Obj;
}

const str = (value: unknown): string => (typeof value === "string" ? value : no());
const id = (value: unknown): string => {
  const s = str(value);
  return s.length >= 1 && s.length <= 100 ? s : no();
};
/** fields.ts's text(): trimmed, then 1 to max characters. */
const text = (value: unknown, max: number): string => {
  const s = str(value).trim();
  return s.length >= 1 && s.length <= max ? s : no();
};
const matching = (value: unknown, pattern: RegExp): string => {
  const s = str(value);
  return pattern.test(s) ? s : no();
};
const amountPattern = /^-?\d{1,13}\.\d{2}$/;
const amount = (value: unknown): number => parseAmount(matching(value, amountPattern)) ?? no();
const decimal = (value: unknown): string => matching(value, /^-?\d{1,12}(\.\d{1,6})?$/);
/** Dates repeat line after line (issue dates, reading dates): each distinct one is checked once. */
const realDates = new Set<string>();
const date = (value: unknown): string => {
  const s = str(value);
  if (realDates.has(s)) return s;
  if (!isRealDate(s)) no();
  if (realDates.size >= 100_000) realDates.clear();
  realDates.add(s);
  return s;
};
const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): T => (allowed.includes(value as T) ? (value as T) : no());
/** fields.ts's opt(): absent and null are both null. */
const opt = <T>(value: unknown, check: (value: unknown) => T): T | null => (value === undefined || value === null ? null : check(value));

const keys = (...names: string[]) => new Set(names);
const invoiceKeys = keys(
  "type",
  "id",
  "customer",
  "contract",
  "number",
  "kind",
  "corrects",
  "issueDate",
  "dueDate",
  "periodFrom",
  "periodTo",
  "net",
  "vat",
  "gross",
  "lines",
  "ksefNumber",
  "correctionReason",
  "interest",
);
const lineKeys = keys(
  "description",
  "quantity",
  "unit",
  "net",
  "vatRate",
  "vat",
  "gross",
  "point",
  "unitPrice",
  "meterNumber",
  "readingFrom",
  "readingTo",
  "tariff",
  "before",
);
const lineReadingKeys = keys("date", "value", "source");
const beforeKeys = keys("quantity", "net", "vat", "gross");
const interestKeys = keys("invoice", "daysLate", "ratePercent");
const paymentKeys = keys("type", "id", "customer", "date", "amount", "invoice", "method", "reference");
const readingKeys = keys("type", "id", "point", "date", "value", "unit", "zone", "source", "meterChange");
const consumptionKeys = keys("type", "point", "periodFrom", "periodTo", "quantity", "unit");

const sources = ["actual", "estimated", "customer"] as const;
const units = ["kWh", "GJ", "m3"] as const;

function lineReading(value: unknown) {
  const r = object(value, lineReadingKeys);
  return { date: date(r.date), value: matching(r.value, /^\d{1,12}(\.\d{1,6})?$/), source: oneOf(r.source, sources) };
}

function before(value: unknown) {
  const b = object(value, beforeKeys);
  const out = { quantity: decimal(b.quantity), net: amount(b.net), vat: amount(b.vat), gross: amount(b.gross) };
  return out.net + out.vat === out.gross ? out : no();
}

function invoiceLine(value: unknown, correction: boolean) {
  const l = object(value, lineKeys);
  const line = {
    description: text(l.description, 300),
    quantity: decimal(l.quantity),
    unit: text(l.unit, 20),
    net: amount(l.net),
    vatRate: oneOf(l.vatRate, ["23", "8", "5", "0", "zw"] as const),
    vat: amount(l.vat),
    gross: amount(l.gross),
    point: opt(l.point, id),
    unitPrice: opt(l.unitPrice, (v) => matching(v, /^\d{1,9}(\.\d{1,5})?$/)),
    meterNumber: opt(l.meterNumber, (v) => text(v, 50)),
    readingFrom: opt(l.readingFrom, lineReading),
    readingTo: opt(l.readingTo, lineReading),
    tariff: opt(l.tariff, (v) => text(v, 50)),
    before: opt(l.before, before),
  };
  if (line.net + line.vat !== line.gross) no();
  if (line.readingFrom && line.readingTo && line.readingFrom.date > line.readingTo.date) no();
  if (line.before && !correction) no();
  return line;
}

function interest(value: unknown) {
  const i = object(value, interestKeys);
  const days = i.daysLate;
  if (typeof days !== "number" || !Number.isInteger(days) || days < 1 || days > 36500) no();
  return { invoice: id(i.invoice), daysLate: days as number, ratePercent: matching(i.ratePercent, /^\d{1,3}(\.\d{1,4})?$/) };
}

function invoice(input: unknown): ParsedOf<"invoice"> {
  const r = object(input, invoiceKeys);
  const kind = oneOf(r.kind, ["invoice", "correction", "interest_note"] as const);
  if (!Array.isArray(r.lines) || r.lines.length > 1000) no();
  const lines = (r.lines as unknown[]).map((l) => invoiceLine(l, kind === "correction"));
  const out = {
    type: "invoice" as const,
    id: id(r.id),
    customer: id(r.customer),
    contract: opt(r.contract, id),
    number: text(r.number, 100),
    kind,
    corrects: opt(r.corrects, id),
    issueDate: date(r.issueDate),
    dueDate: date(r.dueDate),
    periodFrom: opt(r.periodFrom, date),
    periodTo: opt(r.periodTo, date),
    net: amount(r.net),
    vat: amount(r.vat),
    gross: amount(r.gross),
    lines,
    ksefNumber: opt(r.ksefNumber, (v) => text(v, 100)),
    correctionReason: opt(r.correctionReason, (v) => text(v, 500)),
    interest: opt(r.interest, interest),
  };
  if (r.type !== "invoice" || out.net + out.vat !== out.gross) no();
  if (out.periodFrom && out.periodTo && out.periodFrom > out.periodTo) no();
  if ((out.corrects || out.correctionReason) && kind !== "correction") no();
  if (out.interest && (kind !== "interest_note" || out.interest.invoice === out.id)) no();
  if (lines.length > 0) {
    let net = 0;
    let vat = 0;
    let gross = 0;
    for (const l of lines) {
      net += l.net;
      vat += l.vat;
      gross += l.gross;
    }
    if (net !== out.net || vat !== out.vat || gross !== out.gross) no();
  }
  return out;
}

function payment(input: unknown): ParsedOf<"payment"> {
  const r = object(input, paymentKeys);
  if (r.type !== "payment") no();
  return {
    type: "payment",
    id: id(r.id),
    customer: id(r.customer),
    date: date(r.date),
    amount: amount(r.amount),
    invoice: opt(r.invoice, id),
    method: opt(r.method, (v) => text(v, 50)),
    reference: opt(r.reference, (v) => text(v, 200)),
  };
}

function reading(input: unknown): ParsedOf<"reading"> {
  const r = object(input, readingKeys);
  if (r.type !== "reading") no();
  return {
    type: "reading",
    id: id(r.id),
    point: id(r.point),
    date: date(r.date),
    value: decimal(r.value),
    unit: oneOf(r.unit, units),
    zone: opt(r.zone, (v) => oneOf(v, ["all", "day", "night"] as const)),
    source: oneOf(r.source, sources),
    meterChange: opt(r.meterChange, (v) => (typeof v === "boolean" ? v : no())),
  };
}

function consumption(input: unknown): ParsedOf<"consumption"> {
  const r = object(input, consumptionKeys);
  if (r.type !== "consumption") no();
  const out = {
    type: "consumption" as const,
    point: id(r.point),
    periodFrom: date(r.periodFrom),
    periodTo: date(r.periodTo),
    quantity: decimal(r.quantity),
    unit: oneOf(r.unit, units),
  };
  return out.periodFrom <= out.periodTo ? out : no();
}

const checks: Partial<{ [K in RecordType]: (input: unknown) => ParsedOf<K> }> = { invoice, payment, reading, consumption };

/** What zod would answer for a plainly valid record of these types; null when zod has to look (any other type, or anything amiss). */
export function parsePlain<K extends RecordType>(type: K, input: unknown): ParsedOf<K> | null {
  const check = checks[type] as ((input: unknown) => ParsedOf<K>) | undefined;
  if (!check) return null;
  try {
    return check(input);
  } catch (error) {
    if (error === notPlain) return null;
    throw error;
  }
}
