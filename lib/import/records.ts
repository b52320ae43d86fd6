import { z } from "zod";
import type { Tenant } from "@/lib/tenant/schema";
import { pointZoneSets, registrationProofKinds } from "@/db/schema";
import { address, amount, decimal, id, isoDate, nip, nrb, opt, pesel, text } from "@/lib/import/fields";

/** One zod schema per record type of docs/import-format.md §3. Strict: an unknown field makes the line bad. */

export const recordTypes = ["customer", "contract", "point", "invoice", "payment", "reading", "consumption"] as const;
export type RecordType = (typeof recordTypes)[number];

/** The last invoice's number proves any customer; the settlement amount only those the CRM lists it for. */
const registrationProofs = z
  .array(z.enum(registrationProofKinds))
  .refine((proofs) => proofs.includes("lastInvoice"), 'lista musi zawierać "lastInvoice" (numer ostatniej faktury potwierdza tożsamość każdego klienta)')
  .refine((proofs) => new Set(proofs).size === proofs.length, "wartości na liście nie mogą się powtarzać");

const customerBase = z.strictObject({
  type: z.literal("customer"),
  id,
  kind: z.enum(["individual", "business"]),
  pesel: opt(pesel),
  nip: opt(nip),
  customerNumber: opt(text(40)),
  name: text(300),
  email: opt(z.email("nieprawidłowy adres e-mail").max(254)),
  phone: opt(text(30)),
  address,
  registrationProofs: opt(registrationProofs),
  /** The customer's individual account for transfers (a virtual sub-account of the seller's). */
  bankAccount: opt(nrb),
});

/** Where customers sign in with their customer number, every customer must carry one. */
export function customerSchema(tenant: Pick<Tenant, "identifier">) {
  if (tenant.identifier !== "customer-number") return customerBase;
  return customerBase.superRefine((c, ctx) => {
    if (!c.customerNumber) ctx.addIssue({ code: "custom", path: ["customerNumber"], message: "numer odbiorcy jest wymagany u tego sprzedawcy" });
  });
}

const notAfter = (from: string | null, to: string | null) => !from || !to || from <= to;

const contract = z
  .strictObject({
    type: z.literal("contract"),
    id,
    customer: id,
    number: text(100),
    status: z.enum(["draft", "signed_by_customer", "active", "terminated"]),
    signedAt: opt(isoDate),
    startDate: opt(isoDate),
    endDate: opt(isoDate),
    product: opt(text(200)),
    payer: opt(id),
  })
  .refine((c) => notAfter(c.startDate, c.endDate), { path: ["endDate"], message: "data końca jest wcześniejsza niż data początku" });

const dayOfMonth = z
  .number()
  .refine(Number.isInteger, "dzień miesiąca musi być liczbą całkowitą")
  .refine((day) => day >= 1 && day <= 31, "dzień miesiąca musi być liczbą od 1 do 31");

/** Days of the month readings are taken; from > to wraps over the month's end (e.g. 28 to 3). */
const readingWindow = z.strictObject({ from: dayOfMonth, to: dayOfMonth });

const zones = z
  .array(z.enum(["all", "day", "night"]))
  .refine(
    (list) => pointZoneSets.some((set) => set.length === list.length && set.every((zone, i) => list[i] === zone)),
    'strefy muszą mieć postać ["all"] albo ["day","night"]',
  );

const point = z.strictObject({
  type: z.literal("point"),
  id,
  contract: id,
  code: text(50),
  kind: z.enum(["electricity", "heat", "gas"]),
  address,
  tariff: opt(text(50)),
  meterNumber: opt(text(50)),
  distributor: opt(text(200)),
  /** Optional (added later): the customer may submit readings (docs/portal.md §14). */
  selfReading: opt(z.boolean()),
  readingWindow: opt(readingWindow),
  zones: opt(zones),
});

/** Optional (added later): a net unit price as priced, up to 5 decimals ("0.61234"). */
const unitPrice = z.string().regex(/^\d{1,9}(\.\d{1,5})?$/, 'cena jednostkowa musi mieć postać "0.61234" (najwyżej 5 miejsc po kropce, bez znaku minus)');

/** Optional (added later): a meter reading the line bills from or to. */
const lineReading = z.strictObject({
  date: isoDate,
  value: z.string().regex(/^\d{1,12}(\.\d{1,6})?$/, 'stan licznika musi mieć postać "12345.678" (bez znaku minus)'),
  source: z.enum(["actual", "estimated", "customer"]),
});

/** Optional (added later), correction lines only: the values the corrected invoice had for this line. */
const lineBefore = z
  .strictObject({ quantity: decimal, net: amount, vat: amount, gross: amount })
  .refine((b) => b.net + b.vat === b.gross, { path: ["gross"], message: "netto + VAT nie równa się brutto" });

const invoiceLine = z
  .strictObject({
    description: text(300),
    quantity: decimal,
    unit: text(20),
    net: amount,
    vatRate: z.enum(["23", "8", "5", "0", "zw"]),
    vat: amount,
    gross: amount,
    point: opt(id),
    unitPrice: opt(unitPrice),
    meterNumber: opt(text(50)),
    readingFrom: opt(lineReading),
    readingTo: opt(lineReading),
    tariff: opt(text(50)),
    before: opt(lineBefore),
  })
  .superRefine((l, ctx) => {
    if (l.net + l.vat !== l.gross) ctx.addIssue({ code: "custom", path: ["gross"], message: "netto + VAT nie równa się brutto" });
    if (l.readingFrom && l.readingTo && l.readingFrom.date > l.readingTo.date) {
      ctx.addIssue({ code: "custom", path: ["readingTo", "date"], message: "odczyt końcowy jest wcześniejszy niż początkowy" });
    }
  });

/** Optional (added later), interest notes only: which invoice was paid late, by how many days, at what yearly rate. */
const interest = z.strictObject({
  invoice: id,
  daysLate: z
    .number()
    .refine(Number.isInteger, "liczba dni musi być liczbą całkowitą")
    .refine((days) => days >= 1, "liczba dni opóźnienia musi być większa od zera")
    .refine((days) => days <= 36500, "liczba dni opóźnienia jest za duża"),
  ratePercent: z.string().regex(/^\d{1,3}(\.\d{1,4})?$/, 'stopa procentowa musi mieć postać "11.25"'),
});

const sum = (lines: { net: number; vat: number; gross: number }[], key: "net" | "vat" | "gross") => lines.reduce((s, l) => s + l[key], 0);

const invoice = z
  .strictObject({
    type: z.literal("invoice"),
    id,
    customer: id,
    contract: opt(id),
    number: text(100),
    kind: z.enum(["invoice", "correction", "interest_note"]),
    corrects: opt(id),
    issueDate: isoDate,
    dueDate: isoDate,
    periodFrom: opt(isoDate),
    periodTo: opt(isoDate),
    net: amount,
    vat: amount,
    gross: amount,
    lines: z.array(invoiceLine).max(1000, "faktura ma więcej niż 1000 pozycji"),
    ksefNumber: opt(text(100)),
    correctionReason: opt(text(500)),
    interest: opt(interest),
  })
  .superRefine((inv, ctx) => {
    if (inv.net + inv.vat !== inv.gross) ctx.addIssue({ code: "custom", path: ["gross"], message: "netto + VAT nie równa się brutto" });
    if (!notAfter(inv.periodFrom, inv.periodTo))
      ctx.addIssue({ code: "custom", path: ["periodTo"], message: "koniec okresu jest wcześniejszy niż jego początek" });
    if (inv.corrects && inv.kind !== "correction")
      ctx.addIssue({ code: "custom", path: ["corrects"], message: 'pole "corrects" dotyczy tylko faktur korygujących' });
    if (inv.correctionReason && inv.kind !== "correction")
      ctx.addIssue({ code: "custom", path: ["correctionReason"], message: 'pole "correctionReason" dotyczy tylko faktur korygujących' });
    if (inv.interest && inv.kind !== "interest_note")
      ctx.addIssue({ code: "custom", path: ["interest"], message: 'pole "interest" dotyczy tylko not odsetkowych' });
    if (inv.interest && inv.interest.invoice === inv.id)
      ctx.addIssue({ code: "custom", path: ["interest", "invoice"], message: "nota odsetkowa nie może wskazywać samej siebie" });
    if (inv.kind !== "correction") {
      inv.lines.forEach((l, i) => {
        if (l.before) ctx.addIssue({ code: "custom", path: ["lines", i, "before"], message: 'pole "before" dotyczy tylko pozycji faktur korygujących' });
      });
    }
    if (inv.lines.length === 0) return;
    for (const key of ["net", "vat", "gross"] as const) {
      if (sum(inv.lines, key) !== inv[key]) ctx.addIssue({ code: "custom", path: [key], message: `suma pozycji (${key}) nie zgadza się z nagłówkiem` });
    }
  });

const payment = z.strictObject({
  type: z.literal("payment"),
  id,
  customer: id,
  date: isoDate,
  amount,
  invoice: opt(id),
  method: opt(text(50)),
  reference: opt(text(200)),
});

const unit = z.enum(["kWh", "GJ", "m3"]);

const reading = z.strictObject({
  type: z.literal("reading"),
  id,
  point: id,
  date: isoDate,
  value: decimal,
  unit,
  zone: opt(z.enum(["all", "day", "night"])),
  source: z.enum(["actual", "estimated", "customer"]),
  /** Optional (added later): the first reading of a new meter, so a value below the old meter's is valid. */
  meterChange: opt(z.boolean()),
});

const consumption = z
  .strictObject({
    type: z.literal("consumption"),
    point: id,
    periodFrom: isoDate,
    periodTo: isoDate,
    quantity: decimal,
    unit,
  })
  .refine((c) => c.periodFrom <= c.periodTo, { path: ["periodTo"], message: "koniec okresu jest wcześniejszy niż jego początek" });

export function recordSchemas(tenant: Pick<Tenant, "identifier">) {
  return { customer: customerSchema(tenant), contract, point, invoice, payment, reading, consumption } as const;
}

export type RecordSchemas = ReturnType<typeof recordSchemas>;
export type ParsedRecord = { [K in RecordType]: z.output<RecordSchemas[K]> }[RecordType];
export type ParsedOf<K extends RecordType> = z.output<RecordSchemas[K]>;
