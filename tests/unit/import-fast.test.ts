import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demoContext } from "@/lib/demo/generate";
import { demoCustomerRecords } from "@/lib/demo/customer";
import { parsePlain } from "@/lib/import/fast";
import { describeIssues } from "@/lib/import/issues";
import { prepareLine } from "@/lib/import/prepare";
import { recordSchemas, type RecordType } from "@/lib/import/records";
import { allTenants } from "@/lib/tenant/registry";

/**
 * lib/import/fast.ts answers for plainly valid records instead of zod. The zod schemas stay the
 * specification: on generated records, good and bad, the hand-written check must give zod's verdict
 * and zod's output, and a bad line must keep zod's message.
 */

const schemas = recordSchemas({ identifier: "login-or-tax-id" });
const hot = ["invoice", "payment", "reading", "consumption"] as const;

const grosze = fc.integer({ min: -99_999_99, max: 99_999_99 });
const amountText = (g: number) => `${g < 0 ? "-" : ""}${Math.floor(Math.abs(g) / 100)}.${String(Math.abs(g) % 100).padStart(2, "0")}`;
const day = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const idText = fc.string({ minLength: 1, maxLength: 12 });
const word = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== "");
const decimalText = fc
  .tuple(fc.boolean(), fc.nat(99999), fc.option(fc.nat(999), { nil: undefined }))
  .map(([neg, i, f]) => `${neg ? "-" : ""}${i}${f === undefined ? "" : `.${f}`}`);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const lineReading = fc.record({ date: day, value: fc.nat(99999).map(String), source: fc.constantFrom("actual", "estimated", "customer") });

const invoiceLine = fc
  .record(
    {
      description: word,
      quantity: decimalText,
      unit: word,
      net: grosze,
      vatRate: fc.constantFrom("23", "8", "5", "0", "zw"),
      vat: grosze,
      point: fc.option(idText),
      unitPrice: maybe(fc.constantFrom("0.61234", "31.20", "1")),
      meterNumber: maybe(word),
      readingFrom: maybe(lineReading),
      readingTo: maybe(lineReading),
      tariff: maybe(word),
      before: maybe(
        fc.tuple(grosze, grosze).map(([net, vat]) => ({ quantity: "1", net: amountText(net), vat: amountText(vat), gross: amountText(net + vat) })),
      ),
    },
    { requiredKeys: ["description", "quantity", "unit", "net", "vatRate", "vat"] },
  )
  .map((l) => ({ ...l, net: amountText(l.net), vat: amountText(l.vat), gross: amountText(l.net + l.vat) }));

const invoice = fc
  .record({
    id: idText,
    customer: idText,
    contract: fc.option(idText),
    number: word,
    kind: fc.constantFrom("invoice", "correction", "interest_note"),
    issueDate: day,
    dueDate: day,
    periods: maybe(fc.tuple(day, day)),
    lines: fc.array(invoiceLine, { maxLength: 3 }),
    ksefNumber: maybe(word),
    extra: fc.boolean(),
  })
  .map(({ periods, lines, extra, kind, ...r }) => {
    const cents = (key: "net" | "vat" | "gross") => lines.reduce((s, l) => s + Math.round(Number(l[key]) * 100), 0);
    const [net, vat] = lines.length > 0 ? [cents("net"), cents("vat")] : [12300, 2829];
    return {
      type: "invoice",
      ...r,
      kind,
      ...(periods ? { periodFrom: periods[0] < periods[1] ? periods[0] : periods[1], periodTo: periods[0] < periods[1] ? periods[1] : periods[0] } : {}),
      net: amountText(net),
      vat: amountText(vat),
      gross: amountText(net + vat),
      lines: kind === "correction" ? lines : lines.map(({ before: _, ...l }) => l),
      ...(extra && kind === "correction" ? { corrects: "F0", correctionReason: " Błędny odczyt " } : {}),
      ...(extra && kind === "interest_note" ? { interest: { invoice: "F0", daysLate: 9, ratePercent: "11.25" } } : {}),
    };
  });

const payment = fc.record(
  {
    type: fc.constant("payment"),
    id: idText,
    customer: idText,
    date: day,
    amount: grosze.map(amountText),
    invoice: fc.option(idText),
    method: maybe(word),
    reference: maybe(word),
  },
  { requiredKeys: ["type", "id", "customer", "date", "amount"] },
);
const reading = fc.record(
  {
    type: fc.constant("reading"),
    id: idText,
    point: idText,
    date: day,
    value: decimalText,
    unit: fc.constantFrom("kWh", "GJ", "m3"),
    zone: fc.option(fc.constantFrom("all", "day", "night")),
    source: fc.constantFrom("actual", "estimated", "customer"),
    meterChange: fc.option(fc.boolean()),
  },
  { requiredKeys: ["type", "id", "point", "date", "value", "unit", "source"] },
);
const consumption = fc
  .record({ type: fc.constant("consumption"), point: idText, a: day, b: day, quantity: decimalText, unit: fc.constantFrom("kWh", "GJ", "m3") })
  .map(({ a, b, ...r }) => ({ ...r, periodFrom: a < b ? a : b, periodTo: a < b ? b : a }));

const good: Record<(typeof hot)[number], fc.Arbitrary<Record<string, unknown>>> = { invoice, payment, reading, consumption };

/** Values that break a field one way or another (or happen to fit another field). */
const odd = fc.constantFrom<unknown>(
  undefined,
  null,
  "",
  " ",
  "  x  ",
  "\t",
  "x".repeat(21),
  "x".repeat(51),
  "x".repeat(101),
  "x".repeat(301),
  "x".repeat(501),
  0,
  1,
  1.5,
  -1,
  36501,
  true,
  false,
  {},
  [],
  [{}],
  "2024-02-30",
  "2024-02-29",
  "1899-12-31",
  "24-01-01",
  "0.00",
  "-0.01",
  "1.234",
  "12345678901234.00",
  "1234567890123.00",
  "1.1234567",
  "abc",
  "zw",
  "23",
  "invoice",
  "correction",
  "interest_note",
  "payment",
  "actual",
  "kWh",
  "day",
  "F0",
);

type Json = Record<string, unknown>;

/** Sets (or with undefined deletes) one field somewhere in the record, or adds an unknown one. */
function mutate(record: Json, pick: number, value: unknown, unknownKey: boolean): Json {
  const copy = structuredClone(record);
  const holders: Json[] = [copy];
  for (const v of Object.values(copy)) {
    if (Array.isArray(v)) for (const item of v) if (item && typeof item === "object") holders.push(item as Json);
    if (v && typeof v === "object" && !Array.isArray(v)) holders.push(v as Json);
  }
  const lines = Array.isArray(copy.lines) ? (copy.lines as unknown[]) : [];
  for (const line of lines) if (line && typeof line === "object") for (const v of Object.values(line)) if (v && typeof v === "object") holders.push(v as Json);
  const holder = holders[pick % holders.length]!;
  if (unknownKey) {
    holder.unexpected = value ?? 1;
    return copy;
  }
  const keys = Object.keys(holder);
  const key = keys.length > 0 ? keys[Math.floor(pick / holders.length) % keys.length]! : "id";
  if (value === undefined) delete holder[key];
  else holder[key] = value;
  return copy;
}

function sameAsZod(type: RecordType, input: Json) {
  const zod = schemas[type].safeParse(input);
  const plain = parsePlain(type, input);
  expect(plain !== null, JSON.stringify(input)).toBe(zod.success);
  if (plain) expect(plain).toStrictEqual(zod.data);
  if (input.type !== type) return; // prepareLine turns such a line down before either check
  const prepared = prepareLine(JSON.stringify(input), schemas);
  if (!zod.success) expect(prepared).toEqual({ ok: false, reason: describeIssues(zod.error.issues, input) });
  else expect(prepared.ok).toBe(true);
}

describe("the hand-written checks of the hot record types (fast.ts)", () => {
  for (const type of hot) {
    it(`give zod's verdict and output on generated ${type} records, good and bad`, () => {
      fc.assert(
        fc.property(good[type], (record) => sameAsZod(type, record)),
        { numRuns: 300 },
      );
      fc.assert(
        fc.property(good[type], fc.nat(), odd, fc.boolean(), fc.integer({ min: 1, max: 3 }), (record, pick, value, unknownKey, times) => {
          let bad = record;
          for (let i = 0; i < times; i++) bad = mutate(bad, pick * (i + 7), value, unknownKey && i === 0);
          sameAsZod(type, bad);
        }),
        { numRuns: 1500 },
      );
    });
  }

  it("take every hot record of the demo data (so the import does not fall back to zod)", () => {
    for (const tenant of allTenants()) {
      const ctx = demoContext(tenant, { customers: 20, seed: "fast", today: "2026-11-21" });
      for (let i = 0; i < 20; i++) {
        for (const record of demoCustomerRecords(ctx, i)) {
          const type = record.type as RecordType;
          if ((hot as readonly string[]).includes(type))
            expect(parsePlain(type, JSON.parse(JSON.stringify(record)))).toStrictEqual(schemas[type].parse(record));
        }
      }
    }
  });
});
