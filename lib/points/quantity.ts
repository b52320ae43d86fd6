/**
 * Quantities (kWh, GJ, m3) arrive as exact decimal strings ("1234.567", SPEC §6). They are compared
 * as scaled integers so that "1234.5" vs "1234.50" never goes through floating point.
 */
const SCALE = 6;

export function decimalToScaled(value: string): bigint {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) throw new Error(`not a decimal: ${value}`);
  const fraction = (match[3] ?? "").slice(0, SCALE).padEnd(SCALE, "0");
  const scaled = BigInt(match[2]!) * 10n ** BigInt(SCALE) + BigInt(fraction);
  return match[1] ? -scaled : scaled;
}

export function compareDecimals(a: string, b: string): number {
  const diff = decimalToScaled(a) - decimalToScaled(b);
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

const NBSP = "\u00a0";

/** "1234.5" → "1 234,5" (non-breaking space, decimal comma, trailing zeros dropped). */
export function formatQuantity(value: string): string {
  const negative = value.startsWith("-");
  const [whole = "0", fraction = ""] = value.replace(/^-/, "").split(".");
  const grouped = whole.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const trimmed = fraction.replace(/0+$/, "");
  return `${negative ? "−" : ""}${grouped}${trimmed ? `,${trimmed}` : ""}`;
}

/** "1234.5" → "1234,5": Polish Excel reads a decimal comma, and no grouping. */
export function csvQuantity(value: string): string {
  const [whole = "0", fraction = ""] = value.split(".");
  const trimmed = fraction.replace(/0+$/, "");
  return trimmed ? `${whole},${trimmed}` : whole;
}

/** Human unit: m3 is written m³ on screen. */
export const unitLabel = (unit: string) => (unit === "m3" ? "m³" : unit);
