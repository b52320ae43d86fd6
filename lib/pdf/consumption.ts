/**
 * The invoice's consumption against the same months a year earlier (issue 4: "Zużycie w okresie
 * rozliczeniowym … w analogicznym okresie ubiegłego roku …"). Pure functions; the query is in
 * invoice-data.ts.
 */
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

const quantityFormat = new Intl.NumberFormat("pl-PL", { maximumFractionDigits: 3, useGrouping: "always" });

/** 1234.5 → "1 234,5" (non-breaking space, like amounts); a minus sign, not a hyphen. */
export function formatQuantity(value: number): string {
  return quantityFormat.format(value).replace("-", "−");
}

/** "−3,2%" / "+12,0%"; null when there is nothing to compare with. */
export function changePercent(current: number, previous: number | null): string | null {
  if (previous === null || previous === 0) return null;
  const change = Math.round(((current - previous) / previous) * 1000) / 10;
  const text = Math.abs(change).toFixed(1).replace(".", ",");
  return `${change < 0 ? "−" : change > 0 ? "+" : ""}${text}%`;
}

/** The sentence printed on the invoice for one unit. */
export function consumptionSentence(line: ConsumptionLine): string {
  const current = `Zużycie w okresie rozliczeniowym: ${formatQuantity(line.current)} ${line.unit}`;
  const change = changePercent(line.current, line.previous);
  if (line.previous === null) return `${current}; w analogicznym okresie ubiegłego roku: brak danych`;
  return `${current}; w analogicznym okresie ubiegłego roku: ${formatQuantity(line.previous)} ${line.unit}${change ? ` (${change})` : ""}`;
}
