import { decimalToScaled } from "@/lib/points/quantity";

/**
 * Is a new meter reading plausible? Pure, so the rule is tested on its own (tests/unit/meters-plausibility.test.ts).
 *
 * Lower bound: the newest reading of the meter now installed that is not an estimate (the seller's
 * estimate may overshoot the meter, so it never blocks a true value). The meter now installed starts at
 * the newest reading the CRM marked `meterChange`; a lower value than the old meter's is valid after it.
 *
 * Upper bound: lower bound + 3 × the highest monthly consumption in the point's history × the months
 * since that reading (days ÷ 30.4375, at least one month). A monthly figure comes from each consumption
 * record (quantity ÷ its months) and from each pair of consecutive non-estimated readings of one meter
 * (difference ÷ months between them); a span shorter than a month counts as one month, so a short
 * span never inflates the rate. Without a positive monthly figure there is too little history, and
 * there is no upper bound. A value above it is not refused: the customer confirms it.
 */

export type HistoryReading = { date: string; value: string; source: "actual" | "estimated" | "customer"; meterChange: boolean };
export type UsagePeriod = { periodFrom: string; periodTo: string; quantity: string };
export type ReadingBounds = {
  /** The reading the new one may not be below (null: no reading of this meter yet). */
  floor: { date: string; value: string } | null;
  /** Decimal string, rounded up to the form's 3 decimals; null when the history is too short. */
  ceiling: string | null;
};

const SCALE = 1_000_000n;
/** Days in an average month, × 10 000 to stay in integers. */
const MONTH = 304_375n;
const DAY = 10_000n;
export const HIGH_FACTOR = 3n;

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
const daysBetween = (from: string, to: string) => BigInt(Math.max(0, dayNumber(to) - dayNumber(from)));

/** Scaled quantity per month over `days` days, a span under a month counting as one month. */
const perMonth = (scaled: bigint, days: bigint) => (scaled * MONTH) / (days * DAY > MONTH ? days * DAY : MONTH);

function scaledToDecimal(scaled: bigint): string {
  const whole = scaled / SCALE;
  const fraction = (scaled % SCALE).toString().padStart(6, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

/** Oldest first; on one day the meter-change reading comes after the old meter's last one. */
const chronological = (history: HistoryReading[]) =>
  [...history].sort((a, b) => (a.date === b.date ? Number(a.meterChange) - Number(b.meterChange) : a.date < b.date ? -1 : 1));

/** The readings split per meter, oldest meter first; a new meter starts at each meterChange reading. */
function perMeter(history: HistoryReading[]): HistoryReading[][] {
  const meters: HistoryReading[][] = [[]];
  for (const reading of chronological(history)) {
    if (reading.meterChange && meters.at(-1)!.length > 0) meters.push([]);
    meters.at(-1)!.push(reading);
  }
  return meters;
}

export function highestMonthlyUsage(history: HistoryReading[], usage: UsagePeriod[]): bigint {
  let highest = 0n;
  for (const period of usage) {
    const monthly = perMonth(decimalToScaled(period.quantity), daysBetween(period.periodFrom, period.periodTo) + 1n);
    if (monthly > highest) highest = monthly;
  }
  for (const meter of perMeter(history)) {
    const known = meter.filter((r) => r.source !== "estimated" || r.meterChange);
    for (let i = 1; i < known.length; i++) {
      const [before, after] = [known[i - 1]!, known[i]!];
      const monthly = perMonth(decimalToScaled(after.value) - decimalToScaled(before.value), daysBetween(before.date, after.date));
      if (monthly > highest) highest = monthly;
    }
  }
  return highest;
}

/** The bounds for a reading dated `date`, from the point's readings (one zone) and consumption records (the meter's unit). */
export function readingBounds(history: HistoryReading[], usage: UsagePeriod[], date: string): ReadingBounds {
  const current = perMeter(history).at(-1)!;
  const floorReading = current.filter((r) => r.source !== "estimated" || r.meterChange).at(-1);
  if (!floorReading) return { floor: null, ceiling: null };
  const floor = { date: floorReading.date, value: floorReading.value };
  const monthly = highestMonthlyUsage(history, usage);
  if (monthly <= 0n) return { floor, ceiling: null };
  const days = daysBetween(floor.date, date) * DAY;
  const allowed = (HIGH_FACTOR * monthly * (days > MONTH ? days : MONTH)) / MONTH;
  // Rounded up to a thousandth, the finest value the form takes.
  const ceiling = decimalToScaled(floor.value) + allowed;
  const thousandth = SCALE / 1000n;
  return { floor, ceiling: scaledToDecimal(((ceiling + thousandth - 1n) / thousandth) * thousandth) };
}
