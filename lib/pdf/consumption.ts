/**
 * The invoice's consumption against the same months a year earlier (issue 4: "Zużycie w okresie
 * rozliczeniowym … w analogicznym okresie ubiegłego roku …"). Pure functions; the query is in
 * invoice-data.ts.
 */
import { formatChange, formatQuantity } from "@/lib/format";
import { changePercent } from "@/lib/points/consumption";

export type ConsumptionRow = { periodFrom: string; periodTo: string; quantity: string; unit: string };
export type ConsumptionLine = { unit: string; current: number; previous: number | null };

/** "2025-02-29"-safe: the same calendar date `years` earlier, clamped to the month's last day. */
export function shiftYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

const within = (row: ConsumptionRow, from: string, to: string) => row.periodFrom >= from && row.periodTo <= to;

/** Sums per unit of the rows inside the period and inside the same period a year earlier. */
export function compareConsumption(rows: ConsumptionRow[], periodFrom: string, periodTo: string): ConsumptionLine[] {
  const lastFrom = shiftYears(periodFrom, -1);
  const lastTo = shiftYears(periodTo, -1);
  const byUnit = new Map<string, ConsumptionLine>();
  for (const row of rows) {
    const now = within(row, periodFrom, periodTo);
    const before = within(row, lastFrom, lastTo);
    if (!now && !before) continue;
    const line = byUnit.get(row.unit) ?? { unit: row.unit, current: 0, previous: null };
    if (now) line.current += Number(row.quantity);
    if (before) line.previous = (line.previous ?? 0) + Number(row.quantity);
    byUnit.set(row.unit, line);
  }
  return [...byUnit.values()];
}

// The sums are floating point; the data has at most three decimals, which the screens' exact
// formats and the change rule then read (lib/format.ts, lib/points/consumption.ts).
const decimal = (value: number) => value.toFixed(3);

/** The sentence printed on the invoice for one unit: the change as "−3,2%" / "+10,0%", none without a base. */
export function consumptionSentence(line: ConsumptionLine): string {
  const current = `Zużycie w okresie rozliczeniowym: ${formatQuantity(decimal(line.current))} ${line.unit}`;
  if (line.previous === null) return `${current}; w analogicznym okresie ubiegłego roku: brak danych`;
  const change = changePercent(decimal(line.current), decimal(line.previous));
  const changeText = change === null ? "" : ` (${formatChange(change, { tenths: "always" })})`;
  return `${current}; w analogicznym okresie ubiegłego roku: ${formatQuantity(decimal(line.previous))} ${line.unit}${changeText}`;
}
