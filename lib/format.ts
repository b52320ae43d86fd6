import type { Address } from "@/db/schema";

/**
 * pl-PL formats, the one home of every display format (amounts, dates, quantities, changes,
 * addresses). Amounts are integer grosze; thousands are always grouped with a non-breaking
 * space, also for four-digit amounts (Intl leaves "1234,56" ungrouped in pl-PL, so we group ourselves).
 */
const NBSP = "\u00a0";

export function formatAmount(grosze: number): string {
  const negative = grosze < 0;
  const abs = Math.abs(Math.round(grosze));
  const zl = Math.floor(abs / 100).toString();
  const gr = (abs % 100).toString().padStart(2, "0");
  const grouped = zl.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${negative ? "−" : ""}${grouped},${gr}${NBSP}zł`;
}

/** "123.45" / "-12.30" (docs/import-format.md §3) → grosze, exactly (no floating point). */
export function parseAmount(value: string): number | null {
  const match = /^(-)?(\d{1,13})\.(\d{2})$/.exec(value);
  if (!match) return null;
  const grosze = Number(match[2]) * 100 + Number(match[3]);
  return match[1] ? -grosze : grosze;
}

export function amountToDecimal(grosze: number): string {
  const abs = Math.abs(grosze);
  return `${grosze < 0 ? "-" : ""}${Math.floor(abs / 100)}.${(abs % 100).toString().padStart(2, "0")}`;
}

const dateFormatter = new Intl.DateTimeFormat("pl-PL", { timeZone: "Europe/Warsaw", day: "2-digit", month: "2-digit", year: "numeric" });
const dateTimeFormatter = new Intl.DateTimeFormat("pl-PL", {
  timeZone: "Europe/Warsaw",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** 21.11.2026 — from a Date, or from a "YYYY-MM-DD" calendar date (no time-zone shift). */
export function formatDate(value: Date | string): string {
  if (typeof value === "string") {
    const [y, m, d] = value.split("-");
    return `${d}.${m}.${y}`;
  }
  return dateFormatter.format(value);
}

export function formatDateTime(value: Date): string {
  return dateTimeFormatter.format(value).replace(",", "");
}

// Made once: building an Intl.DateTimeFormat costs far more than formatting with it (bench: 1.6 % of a Pulpit view).
const warsawDateFormatter = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's calendar date in Warsaw as YYYY-MM-DD. */
export function warsawDate(value: Date): string {
  return warsawDateFormatter.format(value);
}

const warsawWallFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Warsaw",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** The Warsaw wall-clock hour (0–23) of an instant. */
export function warsawHour(value: Date | number): number {
  return Number(warsawWallFormatter.formatToParts(value).find((p) => p.type === "hour")!.value);
}

/**
 * A whole hour of a Warsaw calendar day ("2026-12-15", 8) as an instant; the offset is +1 or +2
 * hours and is read at that moment, so days when daylight saving time starts or ends come out right.
 */
export function warsawTime(day: string, hour = 0): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d, hour);
  const offsetAt = (instant: number) => {
    const parts = warsawWallFormatter.formatToParts(instant);
    const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute")) - instant;
  };
  const first = naive - offsetAt(naive);
  return new Date(naive - offsetAt(first));
}

/** "ul. Lipowa 5/3, 00-950 Warszawa". */
export function formatAddress(a: Address): string {
  const number = a.apartment ? `${a.building}/${a.apartment}` : a.building;
  return `${a.street} ${number}, ${a.postalCode} ${a.city}`;
}

/**
 * A quantity (kWh, GJ, m3) from its exact decimal string: "1234.5" → "1 234,5" (non-breaking space,
 * decimal comma, trailing zeros dropped, a minus sign rather than a hyphen).
 */
export function formatQuantity(value: string): string {
  const negative = value.startsWith("-");
  const [whole = "0", fraction = ""] = value.replace(/^-/, "").split(".");
  const grouped = whole.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const trimmed = fraction.replace(/0+$/, "");
  return `${negative ? "−" : ""}${grouped}${trimmed ? `,${trimmed}` : ""}`;
}

/** Human unit: m3 is written m³ on screen. */
export const unitLabel = (unit: string) => (unit === "m3" ? "m³" : unit);

/**
 * A year-on-year change in percent (tenths): "+12,3%" / "−4%" / "0%" on screens, "—" for none.
 * The invoice prints every tenth ("+10,0%"): `{ tenths: "always" }`.
 */
export function formatChange(percent: number | null, options: { tenths?: "always" } = {}): string {
  if (percent === null) return "—";
  const fixed = Math.abs(percent).toFixed(1);
  const text = (options.tenths === "always" ? fixed : fixed.replace(/\.0$/, "")).replace(".", ",");
  return `${percent > 0 ? "+" : percent < 0 ? "−" : ""}${text}%`;
}

/**
 * The Polish plural form for a whole number: `one` for 1, `few` for 2–4, 22–24, 32–34 … (but not
 * 12–14), `many` for the rest (0, 5–21, 25–31 …): plural(2, "dzień", "dni", "dni") → "dni".
 */
export function plural(n: number, one: string, few: string, many: string): string {
  const abs = Math.abs(n);
  if (abs === 1) return one;
  const units = abs % 10;
  const tens = abs % 100;
  return units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? few : many;
}

/** A count with its noun, joined by a non-breaking space: countOf(5, "dzień", "dni", "dni") → "5 dni". */
export const countOf = (n: number, one: string, few: string, many: string) => `${n}${NBSP}${plural(n, one, few, many)}`;
