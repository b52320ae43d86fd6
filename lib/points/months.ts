import { warsawDate } from "@/lib/format";

/** Polish month abbreviations, as on the sellers' invoices and charts. */
export const monthAbbreviations = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"] as const;

/** "2026-03" → "mar 2026" */
export function monthLabel(month: string): string {
  const [year, mm] = month.split("-");
  return `${monthAbbreviations[Number(mm) - 1]} ${year}`;
}

/** "2026-03" → "mar" */
export function monthAbbreviation(month: string): string {
  return monthAbbreviations[Number(month.slice(5, 7)) - 1]!;
}

function shift(month: string, by: number): string {
  const [year, mm] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (mm - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export const yearBefore = (month: string) => shift(month, -12);

/**
 * The 12 full months before the current month in Warsaw, oldest first ("YYYY-MM"). On 21.11.2026
 * that is 2025-11 … 2026-10; the comparison period is the same months a year earlier.
 */
export function lastTwelveMonths(at: Date): string[] {
  const current = warsawDate(at).slice(0, 7);
  return Array.from({ length: 12 }, (_, i) => shift(current, i - 12));
}
