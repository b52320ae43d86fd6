import { describe, expect, it } from "vitest";
import { readingBounds, type HistoryReading, type UsagePeriod } from "@/lib/meters/plausibility";

/** The plausibility rule of "Podaj odczyt" (lib/meters/plausibility.ts), case by case. */
const day = "2026-06-30";
const before = (days: number) => new Date(Date.UTC(2026, 5, 30 - days)).toISOString().slice(0, 10);
const r = (daysBefore: number, value: string, source: HistoryReading["source"] = "actual", meterChange = false): HistoryReading => ({
  date: before(daysBefore),
  value,
  source,
  meterChange,
});
const month = (from: string, to: string, quantity: string): UsagePeriod => ({ periodFrom: from, periodTo: to, quantity });
const winter = [month("2026-01-01", "2026-01-28", "111.5"), month("2026-02-01", "2026-02-28", "100.5"), month("2025-07-01", "2025-07-28", "8")];

type Case = { name: string; history: HistoryReading[]; usage?: UsagePeriod[]; date?: string; floor: string | null; ceiling: string | null };

const cases: Case[] = [
  { name: "no reading yet: no bounds", history: [], usage: winter, floor: null, ceiling: null },
  { name: "one reading and no consumption: too little history, no upper bound", history: [r(30, "1234.5")], floor: "1234.5", ceiling: null },
  {
    name: "only months without consumption: too little history",
    history: [r(30, "1234.5")],
    usage: [month("2025-07-01", "2025-07-31", "0")],
    floor: "1234.5",
    ceiling: null,
  },
  {
    name: "30 days after the last reading: one month of 3 × the highest month (111,5 in a 28-day period counts as a month)",
    history: [r(30, "1234.5")],
    usage: winter,
    floor: "1234.5",
    ceiling: "1569",
  },
  {
    name: "91 days after: 3 × 111,5 × 91 / 30,4375 months, rounded up to a thousandth",
    history: [r(91, "1234.5")],
    usage: winter,
    floor: "1234.5",
    ceiling: "2234.566",
  },
  {
    name: "readings alone: 100 in 60 days, then 60 days again → 3 × 100",
    history: [r(120, "1000"), r(60, "1100")],
    floor: "1100",
    ceiling: "1400",
  },
  {
    name: "a span shorter than a month counts as a month (10 in 3 days is 10 a month, not 101)",
    history: [r(40, "1000"), r(37, "1010")],
    floor: "1010",
    ceiling: "1046.469",
  },
  {
    name: "an estimate after the last actual reading sets no floor, even when lower",
    history: [r(60, "1234.5"), r(30, "1000", "estimated")],
    floor: "1234.5",
    ceiling: null,
  },
  {
    name: "an estimate above the meter does not block a true, lower value",
    history: [r(60, "1000"), r(30, "1500", "estimated")],
    floor: "1000",
    ceiling: null,
  },
  {
    name: "the customer's own reading is the last one",
    history: [r(60, "1000"), r(10, "1050", "customer")],
    floor: "1050",
    ceiling: "1141.313",
  },
  {
    name: "after a meter change the new meter's reading is the floor",
    history: [r(90, "5000"), r(30, "12.5", "actual", true)],
    floor: "12.5",
    ceiling: null,
  },
  {
    name: "the old meter's last reading and the new meter's first on one day: the new one counts",
    history: [r(30, "12", "actual", true), r(30, "5000"), r(120, "4900")],
    usage: [],
    floor: "12",
    ceiling: "113.459",
  },
  {
    name: "a meter change's readings count for consumption only within one meter (5000 → 12 is no negative month)",
    history: [r(150, "4800"), r(90, "5000"), r(30, "12", "actual", true), r(15, "40", "customer")],
    floor: "40",
    ceiling: "344.375",
  },
];

describe("readingBounds", () => {
  it.each(cases)("$name", ({ history, usage = [], date = day, floor, ceiling }) => {
    const bounds = readingBounds(history, usage, date);
    expect(bounds.floor?.value ?? null).toBe(floor);
    expect(bounds.ceiling).toBe(ceiling);
  });
});
