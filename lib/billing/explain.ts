import type { InvoiceLine, LineReading } from "@/db/schema";
import type { DocumentKind } from "@/lib/billing/labels";
import { addDecimals, meterRows, type LinePoint, type MeterRow } from "@/lib/billing/invoice-details";
import type { ConsumptionLine } from "@/lib/pdf/consumption";
import { changePercent } from "@/lib/points/consumption";
import { countOf, formatAddress, formatAmount, formatDate, formatQuantity, unitLabel } from "@/lib/format";

/**
 * "Skąd ta kwota?" (docs/portal.md §15): a document explained in plain Polish, built only from its
 * data — a pure function, so the document page and the e-mail about a new document say the very same
 * words. A sentence whose facts the data does not hold is left out, never guessed.
 */

export type ExplainLine = Pick<
  InvoiceLine,
  "description" | "quantity" | "unit" | "gross" | "pointId" | "meterNumber" | "tariff" | "readingFrom" | "readingTo" | "before"
>;

export type ExplainInput = {
  kind: DocumentKind;
  dueDate: string;
  periodFrom: string | null;
  periodTo: string | null;
  gross: number;
  lines: ExplainLine[];
  points: Map<string, LinePoint>;
  correctionReason: string | null;
  /** The invoice a correction corrects, when it is the same customer's, with what is still due on it. */
  corrected: { number: string; remaining: number; dueDate: string } | null;
  /** An interest note's facts; `invoice` is the late invoice when it is the same customer's. */
  interest: { daysLate: number | null; ratePercent: string | null; invoice: { number: string; gross: number; dueDate: string } | null };
  /** Consumption of the billed points in the period and a year earlier, per unit (null: no period). */
  consumption: ConsumptionLine[] | null;
  /** From the allocation (docs/portal.md §4): paid so far and still due, in grosze. */
  paid: number;
  remaining: number;
  /** The Warsaw calendar date the text is for (YYYY-MM-DD). */
  today: string;
};

const days = (n: number) => countOf(n, "dzień", "dni", "dni");
const positions = (n: number) => countOf(n, "pozycję", "pozycje", "pozycji");
// A number never wraps away from its unit (the amounts keep "zł" the same way, lib/format.ts).
const quantityText = (value: string, unit: string) => `${formatQuantity(value)}\u00a0${unitLabel(unit)}`;
/** Units of a metered quantity: their change is "zużycie"; any other unit's is "ilość". */
const METERED = new Set(["kWh", "MWh", "GJ", "m3"]);

const afterReading: Record<LineReading["source"], string> = {
  actual: "po odczycie rzeczywistym",
  estimated: "po odczycie szacowanym",
  customer: "po odczycie podanym przez klienta",
};

const sourceAdjective: Record<LineReading["source"], string> = { actual: "rzeczywisty", estimated: "szacowany", customer: "klienta" };

/** Whole days from `from` to `to` (calendar dates). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "A", "A i B", "A, B i C". */
function listText(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} i ${items.at(-1)}`;
}

/** A sentence ends with one full stop, also when it closes with a text of the CRM that has its own. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

function pointsText(input: ExplainInput): string | null {
  const named = [...new Set(input.lines.map((l) => l.pointId).filter((id): id is string => id !== null))];
  const known = named.map((id) => input.points.get(id)).filter((p): p is LinePoint => p !== undefined);
  if (known.length === 0) return null;
  const each = known.map((p) => `${p.code} (${formatAddress(p.address)})`);
  return `${known.length === 1 ? "punktu poboru" : "punktów poboru"} ${listText(each)}`;
}

function periodText(input: ExplainInput): string | null {
  if (!input.periodFrom || !input.periodTo) return null;
  return `okres od ${formatDate(input.periodFrom)} do ${formatDate(input.periodTo)} (${days(daysBetween(input.periodFrom, input.periodTo) + 1)})`;
}

/** What the document covers: its period and points (a correction: which invoice it corrects). */
function coverage(input: ExplainInput): string | null {
  const period = periodText(input);
  const points = pointsText(input);
  if (input.kind === "correction") {
    const target = input.corrected ? `fakturę ${input.corrected.number}` : "wcześniej wystawioną fakturę";
    return sentence(`Ta faktura korygująca zmienia ${target}${period ? ` za ${period}` : ""}${points ? ` dla ${points}` : ""}`);
  }
  if (input.kind !== "invoice" || (!period && !points)) return null;
  return sentence(`Faktura rozlicza ${period ?? "sprzedaż"}${points ? ` dla ${points}` : ""}`);
}

/** How a row's use comes from its meter's two readings. */
function meterSentence(row: MeterRow): string | null {
  if (!row.readingFrom || !row.readingTo || row.usage === null) return null;
  const reading = (r: LineReading) => `${formatDate(r.date)} (${quantityText(r.value, row.unit)}, odczyt ${sourceAdjective[r.source]})`;
  const meter = row.meterNumber ? ` licznika ${row.meterNumber}` : "";
  return `Zużycie ${quantityText(row.usage, row.unit)} to różnica między odczytem${meter} z ${reading(row.readingTo)} a odczytem z ${reading(row.readingFrom)}.`;
}

function meterParagraphs(input: ExplainInput): string[] {
  const rows = meterRows(input.lines, input.points);
  const said = rows.map(meterSentence).filter((s): s is string => s !== null);
  const estimated = rows.some((r) => r.readingFrom?.source === "estimated" || r.readingTo?.source === "estimated");
  if (estimated && said.length > 0) said.push("Odczyt szacowany zostanie rozliczony po odczycie rzeczywistym.");
  return said;
}

// The sums are floating point (lib/pdf/consumption.ts); the data has at most three decimals.
const decimal = (value: number) => value.toFixed(3);

/** Consumption against the same period a year earlier, one sentence per unit that has both figures. */
function yearOnYear(input: ExplainInput): string[] {
  return (input.consumption ?? []).flatMap((line) => {
    if (line.previous === null) return [];
    const current = decimal(line.current);
    const previous = decimal(line.previous);
    const head = `Zużycie w tym okresie: ${quantityText(current, line.unit)}`;
    const diff = decimal(Math.abs(line.current - line.previous));
    const change = changePercent(current, previous);
    if (Number(diff) === 0) return [`${head} — tyle samo co w tym samym okresie rok wcześniej.`];
    const percent = change === null ? "" : ` (${Math.abs(change).toFixed(1).replace(/\.0$/, "").replace(".", ",")}%)`;
    const direction = line.current > line.previous ? "więcej" : "mniej";
    return [
      `${head} — o ${quantityText(diff, line.unit)}${percent} ${direction} niż w tym samym okresie rok wcześniej (${quantityText(previous, line.unit)}).`,
    ];
  });
}

/** What the gross amount is made of (up to eight lines by name; more are only counted). */
function composition(input: ExplainInput): string | null {
  if (input.kind !== "invoice" || input.lines.length === 0) return null;
  const head = `Kwota ${formatAmount(input.gross)} brutto obejmuje ${positions(input.lines.length)}`;
  if (input.lines.length > 8) return `${head} — wszystkie są wymienione w tabeli pozycji.`;
  const each = input.lines.map((l) => `${l.description}${METERED.has(l.unit) ? ` (${quantityText(l.quantity, l.unit)})` : ""} — ${formatAmount(l.gross)}`);
  return `${head}: ${each.join("; ")}.`;
}

/** "zużycie zmniejszone o 120 kWh (z 1 452 kWh na 1 332 kWh) po odczycie rzeczywistym z 30.09.2026". */
function quantityChange(line: ExplainLine): string | null {
  if (Number(line.quantity) === 0) return null;
  const metered = METERED.has(line.unit);
  const down = line.quantity.startsWith("-");
  const verb = metered ? (down ? "zużycie zmniejszone" : "zużycie zwiększone") : down ? "ilość zmniejszona" : "ilość zwiększona";
  const fromTo = line.before
    ? ` (z ${quantityText(line.before.quantity, line.unit)} na ${quantityText(addDecimals(line.before.quantity, line.quantity), line.unit)})`
    : "";
  const reading = line.readingTo ? ` ${afterReading[line.readingTo.source]} z ${formatDate(line.readingTo.date)}` : "";
  return `${verb} o ${quantityText(line.quantity.replace(/^-/, ""), line.unit)}${fromTo}${reading}`;
}

function amountChange(line: ExplainLine): string | null {
  if (line.gross === 0) return null;
  const fromTo = line.before ? ` (z ${formatAmount(line.before.gross)} na ${formatAmount(line.before.gross + line.gross)})` : "";
  return `kwota brutto ${line.gross < 0 ? "zmniejszona" : "zwiększona"} o ${formatAmount(Math.abs(line.gross))}${fromTo}`;
}

/** A correction: its reason, what changed line by line, and the total change. */
function correctionParagraphs(input: ExplainInput): string[] {
  const said: string[] = [];
  if (input.correctionReason) said.push(sentence(`Przyczyna korekty: ${input.correctionReason.trim()}`));
  for (const line of input.lines) {
    const changes = [quantityChange(line), amountChange(line)].filter((c): c is string => c !== null);
    said.push(`${line.description}: ${changes.length > 0 ? changes.join(", ") : "bez zmian"}.`);
  }
  const target = input.corrected ? `kwotę faktury ${input.corrected.number}` : "Twoje należności";
  if (input.gross === 0) said.push("Razem korekta nie zmienia kwoty do zapłaty.");
  else said.push(`Razem korekta ${input.gross < 0 ? "zmniejsza" : "zwiększa"} ${target} o ${formatAmount(Math.abs(input.gross))} brutto.`);
  return said;
}

/** principal × rate × days ÷ 365, rounded half up to the grosz, in integers (rate: decimal percent). */
export function statutoryInterest(principal: number, ratePercent: string, daysLate: number): number | null {
  const match = /^(\d+)(?:\.(\d{1,6}))?$/.exec(ratePercent);
  if (!match || principal <= 0) return null;
  const rateMillionths = BigInt(match[1]!) * 1_000_000n + BigInt((match[2] ?? "").padEnd(6, "0"));
  const numerator = BigInt(principal) * rateMillionths * BigInt(daysLate);
  const denominator = 365n * 100n * 1_000_000n;
  return Number((numerator * 2n + denominator) / (2n * denominator));
}

const rateText = (rate: string) => `${formatQuantity(rate)}%`;

/** An interest note: which invoice, how late, at what rate — and the computation when it gives the note's amount. */
function interestParagraphs(input: ExplainInput): string[] {
  const { daysLate, ratePercent, invoice } = input.interest;
  const facts = [daysLate !== null ? `${days(daysLate)} opóźnienia` : null, ratePercent !== null ? `stopa ${rateText(ratePercent)} w skali roku` : null].filter(
    (f): f is string => f !== null,
  );
  const late = invoice ? ` faktury ${invoice.number} (termin płatności ${formatDate(invoice.dueDate)})` : "";
  const said = [`Nota nalicza odsetki za opóźnienie w zapłacie${late || " faktury"}${facts.length > 0 ? `: ${facts.join(", ")}` : ""}.`];
  if (invoice && daysLate !== null && ratePercent !== null && statutoryInterest(invoice.gross, ratePercent, daysLate) === input.gross)
    said.push(`Obliczenie: ${formatAmount(invoice.gross)} × ${rateText(ratePercent)} × ${days(daysLate)} ÷ 365\u00a0dni = ${formatAmount(input.gross)}.`);
  return said;
}

/** What the customer should do now: pay what is left by the due date, nothing, or nothing with an overpayment settled. */
function nextStep(input: ExplainInput): string {
  if (input.gross < 0) {
    const corrected = input.corrected;
    if (corrected && corrected.remaining > 0)
      return `Tej korekty nie płacisz — zmniejsza ona fakturę ${corrected.number}, za którą zostało do zapłaty ${formatAmount(corrected.remaining)} (termin płatności ${formatDate(corrected.dueDate)}).`;
    return "Nie musisz nic płacić — powstała nadpłata zostanie rozliczona z Twoimi kolejnymi należnościami.";
  }
  if (input.gross === 0) return "Ten dokument nie zmienia kwoty do zapłaty — nie musisz nic robić.";
  if (input.remaining <= 0) return "Ten dokument jest już zapłacony — nie musisz nic robić.";
  // The allocation counts a correction that lowers the document like a payment, so "rozliczono", not "zapłacono".
  const paid = input.paid > 0 ? `Rozliczono już ${formatAmount(input.paid)} (wpłaty lub korekty). ` : "";
  const amount = `${input.paid > 0 ? "pozostałe " : ""}${formatAmount(input.remaining)}`;
  const left = daysBetween(input.today, input.dueDate);
  if (left < 0)
    return `${paid}Termin płatności minął ${formatDate(input.dueDate)} (${days(-left)} temu) — zapłać ${amount} jak najszybciej; za opóźnienie sprzedawca może naliczyć odsetki.`;
  return `${paid}Zapłać ${amount} do ${formatDate(input.dueDate)} — termin mija ${left === 0 ? "dziś" : `za ${days(left)}`}.`;
}

/** The explanation as paragraphs, in the order a customer asks: what it is for, why this much, what now. */
export function explainDocument(input: ExplainInput): string[] {
  const body =
    input.kind === "correction"
      ? correctionParagraphs(input)
      : input.kind === "interest_note"
        ? interestParagraphs(input)
        : [...meterParagraphs(input), ...yearOnYear(input), composition(input)].filter((s): s is string => s !== null);
  const head = coverage(input);
  return [...(head ? [head] : []), ...body, ...(input.kind === "correction" ? yearOnYear(input) : []), nextStep(input)];
}
