import { amountToDecimal } from "@/lib/format";
import type { Rng } from "@/lib/demo/random";
import { addDaysIso, daysBetween, minIso, monthEnd, monthStart } from "@/lib/demo/dates";
import { lineRecord, makeLine, correctionLines, tariffLines, totals, type Line, type Reading, type VatRate } from "@/lib/demo/billing";
import type { DemoProfile, Tariff } from "@/lib/demo/profiles";

/**
 * A customer's money over the months: monthly invoices with lines, some corrections, payments in
 * the customer's habit (punctual → balance exactly zero, late → interest notes, debtor → unpaid
 * recent invoices, overpaid → a credit), meter readings and monthly consumption per point.
 */

export type Habit = "punctual" | "late" | "debtor" | "overpaid";
export type DemoRecord = { type: string } & Record<string, unknown>;
/** `zones`: a two-zone meter's readings are split, about 60 % of the use by day (the invoices bill the total). */
export type HistoryPoint = { id: string; tariff: Tariff; baseMilli: number; meterStart: number; meterNumber: string; zones: readonly string[] };
export type HistoryInput = {
  rng: Rng;
  profile: DemoProfile;
  today: string;
  months: { year: number; month: number }[];
  customerId: string;
  contractId: string;
  serial: string;
  sellerNip: string;
  points: HistoryPoint[];
  habit: Habit;
  /** Fixed number (and heat use of the single point) of the newest invoice, for documented identities. */
  lastInvoice?: { number: string; quantityGJ?: string };
  corrections: boolean;
};

type Doc = {
  id: string;
  number: string;
  kind: "invoice" | "correction" | "interest_note";
  issueDate: string;
  dueDate: string;
  lines: Line[];
  corrects?: string;
  period?: [string, string];
  correctionReason?: string;
  interest?: { invoice: string; daysLate: number; ratePercent: string };
};

/** Why a demo correction was issued; picked by month, so the random stream is not touched. */
const correctionReasons = [
  "Zmiana odczytu szacowanego na rzeczywisty",
  "Błędnie zastosowana cena energii",
  "Korekta odczytu po reklamacji klienta",
  "Błędnie przyjęta ilość zużycia",
];
/** The yearly statutory interest rate for late payment the demo notes charge (11.25 %). */
const interestRate = { percent: "11.25", factor: 0.1125 };

const pad2 = (n: number) => String(n).padStart(2, "0");
const step = (unit: string) => (unit === "GJ" ? 1 : 1000);

function docRecord(d: Doc, input: HistoryInput): DemoRecord {
  const t = totals(d.lines);
  const ksef = d.issueDate >= "2026-02-01" ? `${input.sellerNip}-${d.issueDate.replaceAll("-", "")}-${input.rng.digits(10)}-${input.rng.digits(2)}` : undefined;
  return {
    type: "invoice",
    id: d.id,
    customer: input.customerId,
    contract: input.contractId,
    number: d.number,
    kind: d.kind,
    ...(d.corrects ? { corrects: d.corrects } : {}),
    ...(d.correctionReason ? { correctionReason: d.correctionReason } : {}),
    ...(d.interest ? { interest: d.interest } : {}),
    issueDate: d.issueDate,
    dueDate: d.dueDate,
    ...(d.period ? { periodFrom: d.period[0], periodTo: d.period[1] } : {}),
    net: amountToDecimal(t.net),
    vat: amountToDecimal(t.vat),
    gross: amountToDecimal(t.gross),
    lines: d.lines.map(lineRecord),
    ...(ksef ? { ksefNumber: ksef } : {}),
  };
}

export function customerHistory(input: HistoryInput): DemoRecord[] {
  const { rng, profile, today, months, serial } = input;
  const unit = profile.unit;
  const vatRate = profile.vatRate as VatRate;
  const docs: Doc[] = [];
  const payments: DemoRecord[] = [];
  const usage: DemoRecord[] = [];
  const meters = input.points.map((p) => p.meterStart);
  /** Each meter's previous reading (the one the next invoice bills from). */
  const previous = input.points.map((): Reading | undefined => undefined);
  const meterValue = (milli: number) => (unit === "GJ" ? (milli / 1000).toFixed(3) : String(milli / 1000));
  const unpaidFrom = input.habit === "debtor" ? months.length - rng.int(2, 5) : months.length;
  const overpaidAt = input.habit === "overpaid" ? rng.int(0, months.length - 1) : -1;
  const pay = (date: string, amount: number, invoice: string) => {
    const online = rng.chance(0.15);
    payments.push({
      type: "payment",
      id: `W${serial}-${payments.length + 1}`,
      customer: input.customerId,
      date,
      amount: amountToDecimal(amount),
      invoice,
      method: online ? "online" : rng.chance(0.9) ? "przelew" : "gotówka",
      ...(online ? { reference: `ON-${serial}-${payments.length + 1}` } : {}),
    });
  };

  months.forEach(({ year, month }, i) => {
    const [from, to] = [monthStart(year, month), monthEnd(year, month)];
    const last = i === months.length - 1;
    const lines: Line[] = [];
    input.points.forEach((p, k) => {
      const fixed = last && input.lastInvoice?.quantityGJ;
      const raw = p.baseMilli * profile.seasonal[month - 1]! * (0.9 + rng.next() * 0.2);
      const qty = fixed ? Math.round(Number(fixed) * 1000) : Math.max(step(unit), Math.round(raw / step(unit)) * step(unit));
      const readingFrom: Reading = previous[k] ?? { date: addDaysIso(from, -1), value: meterValue(meters[k]!), source: "actual" };
      meters[k]! += qty;
      const readingTo: Reading = { date: to, value: meterValue(meters[k]!), source: rng.chance(0.75) ? "actual" : "estimated" };
      previous[k] = readingTo;
      lines.push(...tariffLines(p.tariff, qty, unit, vatRate, p.id, { meterNumber: p.meterNumber, tariff: p.tariff.name, readingFrom, readingTo }));
      const id = `R${serial}-${k + 1}-${year}${pad2(month)}`;
      if (p.zones.length === 2) {
        const day = Math.round((meters[k]! * 0.6) / step(unit)) * step(unit);
        for (const [zone, milli] of [
          ["day", day],
          ["night", meters[k]! - day],
        ] as const)
          usage.push({
            type: "reading",
            id: `${id}-${zone === "day" ? "D" : "N"}`,
            point: p.id,
            date: to,
            value: meterValue(milli),
            unit,
            zone,
            source: readingTo.source,
          });
      } else usage.push({ type: "reading", id, point: p.id, date: to, value: readingTo.value, unit, source: readingTo.source });
      usage.push({
        type: "consumption",
        point: p.id,
        periodFrom: from,
        periodTo: to,
        quantity: unit === "GJ" ? (qty / 1000).toFixed(3) : String(qty / 1000),
        unit,
      });
    });
    const prefix = profile.commodity === "heat" ? "FC" : "FV";
    const invoice: Doc = {
      id: `F${serial}-${year}${pad2(month)}`,
      number: last && input.lastInvoice ? input.lastInvoice.number : `${prefix}/${year}/${pad2(month)}/${serial}`,
      kind: "invoice",
      issueDate: to,
      dueDate: addDaysIso(to, 14),
      lines,
      period: [from, to],
    };
    docs.push(invoice);
    let due = totals(lines).gross;
    if (input.corrections && !last && rng.chance(0.08)) {
      const issueDate = addDaysIso(to, rng.int(3, 8));
      const correction: Doc = {
        id: `${invoice.id}-K`,
        number: `FK/${year}/${pad2(month)}/${serial}`,
        kind: "correction",
        corrects: invoice.id,
        issueDate,
        dueDate: addDaysIso(issueDate, 14),
        lines: correctionLines(lines, 0.05 + rng.next() * 0.15),
        period: [from, to],
        correctionReason: correctionReasons[month % correctionReasons.length],
      };
      docs.push(correction);
      due += totals(correction.lines).gross; // the customer pays the corrected amount
    }
    if (i >= unpaidFrom) return;
    if (input.habit === "late") {
      const paidOn = addDaysIso(invoice.dueDate, rng.int(3, 40));
      if (paidOn > today) return;
      pay(paidOn, due, invoice.id);
      const daysLate = daysBetween(invoice.dueDate, paidOn);
      const noteDate = addDaysIso(paidOn, 10);
      if (daysLate > 7 && noteDate <= today) {
        const interest = Math.max(100, Math.round((due * interestRate.factor * daysLate) / 365));
        const note: Doc = {
          id: `${invoice.id}-N`,
          number: `NO/${year}/${pad2(month)}/${serial}`,
          kind: "interest_note",
          issueDate: noteDate,
          dueDate: addDaysIso(noteDate, 14),
          lines: [makeLine(`Odsetki za opóźnienie w zapłacie faktury ${invoice.number} (${daysLate} dni)`, 1000, "szt.", interest, "zw")],
          interest: { invoice: invoice.id, daysLate, ratePercent: interestRate.percent },
        };
        docs.push(note);
        const notePaid = addDaysIso(noteDate, rng.int(5, 20));
        if (notePaid <= today && rng.chance(0.6)) pay(notePaid, interest, note.id);
      }
      return;
    }
    const extra = i === overpaidAt ? rng.int(20, 150) * 100 : 0;
    pay(minIso(addDaysIso(invoice.issueDate, rng.int(2, 12)), today), due + extra, invoice.id);
  });

  return [...docs.sort((a, b) => (a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : 0)).map((d) => docRecord(d, input)), ...payments, ...usage];
}
