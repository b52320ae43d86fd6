import type { Address, InvoiceLine, LineBefore, LineReading } from "@/db/schema";

/**
 * What an energy invoice prints beyond its lines: points of delivery with meters and readings, the
 * correction's "Było / Jest / Różnica" and the unit prices as priced. Pure functions shared by the
 * document page and the PDF, so both say the same.
 */

export const readingSourceLabels: Record<LineReading["source"], string> = {
  actual: "odczyt rzeczywisty",
  estimated: "odczyt szacowany",
  customer: "odczyt klienta",
};

const SCALE = 6;

/** A decimal string ("-12.5") as an integer of millionths: exact where floating point is not. */
function scaled(value: string): bigint {
  const negative = value.startsWith("-");
  const [whole = "0", fraction = ""] = value.replace(/^-/, "").split(".");
  const n = BigInt(whole + fraction.padEnd(SCALE, "0").slice(0, SCALE));
  return negative ? -n : n;
}

function unscaled(n: bigint): string {
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(SCALE + 1, "0");
  const whole = digits.slice(0, -SCALE);
  const fraction = digits.slice(-SCALE).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

export const addDecimals = (a: string, b: string) => unscaled(scaled(a) + scaled(b));
export const subtractDecimals = (a: string, b: string) => unscaled(scaled(a) - scaled(b));

/**
 * "1234.5" → "1 234,5" (non-breaking space between thousands, a minus sign, not a hyphen);
 * `minDecimals` pads the fraction (a unit price keeps at least its two decimals: "0,61" not "0,6").
 */
export function formatDecimal(value: string, minDecimals = 0): string {
  const [whole = "0", rawFraction = ""] = value.replace(/^-/, "").split(".");
  const trimmed = rawFraction.replace(/0+$/, "");
  const fraction = trimmed.length >= minDecimals ? trimmed : rawFraction.padEnd(minDecimals, "0").slice(0, Math.max(minDecimals, trimmed.length));
  const grouped = whole.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  const negative = value.startsWith("-") && /[1-9]/.test(value);
  return `${negative ? "−" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/**
 * The net unit price in złote as text: the CRM's own (all its decimals, at least two), else net ÷
 * quantity rounded to the grosz; null for a zero quantity.
 */
export function unitPriceText(line: Pick<InvoiceLine, "unitPrice" | "net" | "quantity">): string | null {
  if (line.unitPrice !== null) return formatDecimal(line.unitPrice, 2);
  const q = Number(line.quantity);
  if (!Number.isFinite(q) || q === 0) return null;
  const grosze = Math.round(line.net / q);
  return formatDecimal(`${grosze < 0 ? "-" : ""}${Math.floor(Math.abs(grosze) / 100)}.${String(Math.abs(grosze) % 100).padStart(2, "0")}`, 2);
}

export type LinePoint = { id: string; code: string; address: Address; meterNumber: string | null; tariff: string | null };

/** One metering row: a point (code, address), its meter and tariff, the two readings and the use between them. */
export type MeterRow = {
  pointCode: string | null;
  pointAddress: Address | null;
  meterNumber: string | null;
  tariff: string | null;
  readingFrom: LineReading | null;
  readingTo: LineReading | null;
  /** readingTo − readingFrom, when both are there. */
  usage: string | null;
  unit: string;
};

type MeterLine = Pick<InvoiceLine, "pointId" | "meterNumber" | "tariff" | "readingFrom" | "readingTo" | "unit">;

/**
 * The lines' metering facts, one row per point + meter + pair of readings (an energy line and a
 * distribution line of the same meter share one row). Lines that name neither a point, a meter
 * nor a reading add nothing.
 */
export function meterRows(lines: MeterLine[], points: Map<string, LinePoint>): MeterRow[] {
  const rows = new Map<string, MeterRow>();
  const meterOf = (line: MeterLine) => line.meterNumber ?? (line.pointId ? points.get(line.pointId)?.meterNumber : null) ?? null;
  const pointOf = (line: MeterLine) => (line.pointId ? (points.get(line.pointId) ?? null) : null);
  // Lines with readings first: a fixed charge of the same point and meter then adds no row of its own.
  const ordered = [...lines.filter((l) => l.readingFrom || l.readingTo), ...lines.filter((l) => !l.readingFrom && !l.readingTo)];
  for (const line of ordered) {
    const point = pointOf(line);
    if (!point && !line.meterNumber && !line.readingFrom && !line.readingTo) continue;
    const meterNumber = meterOf(line);
    // A line without readings (a fixed charge) joins a row of its point; of its meter too when it names one.
    const samePlace = (row: MeterRow) => row.pointCode === (point?.code ?? null) && (line.meterNumber === null || row.meterNumber === line.meterNumber);
    const key = JSON.stringify([point?.id ?? null, meterNumber, line.readingFrom, line.readingTo]);
    const existing = rows.get(key) ?? (line.readingFrom || line.readingTo ? undefined : [...rows.values()].find(samePlace));
    if (existing) {
      existing.tariff ??= line.tariff;
      continue;
    }
    rows.set(key, {
      pointCode: point?.code ?? null,
      pointAddress: point?.address ?? null,
      meterNumber,
      tariff: line.tariff ?? point?.tariff ?? null,
      readingFrom: line.readingFrom,
      readingTo: line.readingTo,
      usage: line.readingFrom && line.readingTo ? subtractDecimals(line.readingTo.value, line.readingFrom.value) : null,
      unit: line.unit,
    });
  }
  return [...rows.values()];
}

/** "31.08.2026: 12 345,6 kWh (odczyt rzeczywisty)". */
export function readingText(reading: LineReading, unit: string): string {
  const [y, m, d] = reading.date.split("-");
  return `${d}.${m}.${y}: ${formatDecimal(reading.value)} ${unit} (${readingSourceLabels[reading.source]})`;
}

export type CorrectionRow = { label: "Było" | "Jest" | "Różnica"; quantity: string; net: number; vat: number; gross: number };

/**
 * A correction line's "Było / Jest / Różnica": the corrected values as the CRM sent them, the line
 * itself as the difference, and their sum as the value after the correction.
 */
export function correctionRows(line: Pick<InvoiceLine, "quantity" | "net" | "vat" | "gross">, before: LineBefore): CorrectionRow[] {
  return [
    { label: "Było", quantity: before.quantity, net: before.net, vat: before.vat, gross: before.gross },
    {
      label: "Jest",
      quantity: addDecimals(before.quantity, line.quantity),
      net: before.net + line.net,
      vat: before.vat + line.vat,
      gross: before.gross + line.gross,
    },
    { label: "Różnica", quantity: line.quantity, net: line.net, vat: line.vat, gross: line.gross },
  ];
}

/** "11,25% w skali roku". */
export const ratePercentText = (rate: string) => `${formatDecimal(rate)}% w skali roku`;
