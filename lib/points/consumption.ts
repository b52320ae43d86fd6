import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { consumption } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { lastTwelveMonths, yearBefore } from "@/lib/points/months";
import { decimalToScaled } from "@/lib/points/quantity";

export type Unit = "kWh" | "GJ" | "m3";

export type MonthRow = {
  /** "YYYY-MM" of the current period, and the same month a year earlier. */
  month: string;
  previousMonth: string;
  /** Exact decimal sums, null where no consumption row starts in that month. */
  current: string | null;
  previous: string | null;
  /** Change against a year earlier in %, one decimal; null without both values or from zero. */
  changePercent: number | null;
};

export type ConsumptionHistory = { unit: Unit; months: MonthRow[] };

export const unitOfKind: Record<"electricity" | "heat" | "gas", Unit> = { electricity: "kWh", heat: "GJ", gas: "m3" };

const nextMonthStart = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
};

export function changePercent(current: string | null, previous: string | null): number | null {
  if (current === null || previous === null) return null;
  const before = decimalToScaled(previous);
  if (before === 0n) return null;
  // Tenths of a percent, rounded half away from zero, in integers.
  const diff = (decimalToScaled(current) - before) * 2000n;
  const tenths = (diff + (diff >= 0n ? before : -before)) / (2n * before);
  return Number(tenths) / 10;
}

/**
 * The point's consumption per month over the last 12 full months and the 12 before them. A row
 * counts for the month its periodFrom falls in (docs/portal.md §7). The caller has already checked that the
 * point is the customer's; tenant and point are in the WHERE clause.
 */
export async function consumptionHistory(
  db: DbOrTx,
  tenantId: string,
  point: { id: string; kind: "electricity" | "heat" | "gas" },
  at: Date,
): Promise<ConsumptionHistory> {
  return (await consumptionHistories(db, tenantId, [point], at))[0]!;
}

/**
 * consumptionHistory for several points in one statement (Pulpit's "Zużycie": one round trip for
 * its points instead of one each), in the order given.
 */
export async function consumptionHistories(
  db: DbOrTx,
  tenantId: string,
  points: { id: string; kind: "electricity" | "heat" | "gas" }[],
  at: Date,
): Promise<ConsumptionHistory[]> {
  if (points.length === 0) return [];
  const months = lastTwelveMonths(at);
  const from = `${yearBefore(months[0]!)}-01`;
  const to = nextMonthStart(months[11]!);
  const month = sql<string>`to_char(${consumption.periodFrom}, 'YYYY-MM')`;
  const rows = await db
    .select({ pointId: consumption.pointId, month, total: sql<string>`sum(${consumption.quantity})::text`, unit: sql<Unit>`min(${consumption.unit}::text)` })
    .from(consumption)
    .where(
      and(
        eq(consumption.tenantId, tenantId),
        inArray(
          consumption.pointId,
          points.map((point) => point.id),
        ),
        gte(consumption.periodFrom, from),
        lt(consumption.periodFrom, to),
      ),
    )
    .groupBy(consumption.pointId, month);
  return points.map((point) => {
    const mine = rows.filter((r) => r.pointId === point.id);
    const totals = new Map(mine.map((r) => [r.month, r.total]));
    return {
      unit: mine[0]?.unit ?? unitOfKind[point.kind],
      months: months.map((m) => {
        const previousMonth = yearBefore(m);
        const current = totals.get(m) ?? null;
        const previous = totals.get(previousMonth) ?? null;
        return { month: m, previousMonth, current, previous, changePercent: changePercent(current, previous) };
      }),
    };
  });
}
