/**
 * Quantities (kWh, GJ, m3) arrive as exact decimal strings ("1234.567", docs/import-format.md §3). They are compared
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

/** "1234.5" → "1234,5": Polish Excel reads a decimal comma, and no grouping. */
export function csvQuantity(value: string): string {
  const [whole = "0", fraction = ""] = value.split(".");
  const trimmed = fraction.replace(/0+$/, "");
  return trimmed ? `${whole},${trimmed}` : whole;
}
