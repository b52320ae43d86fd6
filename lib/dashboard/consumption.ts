import type { CustomerScope } from "@/lib/auth/customer-scope";
import { consumptionHistories, type Unit } from "@/lib/points/consumption";
import { customerPoints } from "@/lib/points/queries";

export const DASHBOARD_POINTS = 3;

export type PointGlance = {
  id: string;
  code: string;
  kind: "electricity" | "heat" | "gas";
  unit: Unit;
  /** "YYYY-MM" of the last full month in Warsaw. */
  month: string;
  /** Exact decimal sum, null without data for that month. */
  quantity: string | null;
  /** Change against the same month a year earlier, null when either month is missing. */
  changePercent: number | null;
};

/**
 * "Zużycie" at a glance: the last full month of each of the customer's first points. The points
 * come from customerPoints (tenant + customer, no drafts); consumptionHistories then reads only
 * those points' rows (one statement for all of them) with the tenant in its WHERE clause, and counts months the same way as the
 * point's own page, so both screens show the same figures.
 */
export async function consumptionAtGlance(scope: CustomerScope, at: Date): Promise<PointGlance[]> {
  const { db } = scope;
  const tenantId = scope.tenant.id;
  const points = (await customerPoints(scope)).slice(0, DASHBOARD_POINTS);
  const histories = await consumptionHistories(db, tenantId, points, at);
  return points.map((point, i) => {
    const history = histories[i]!;
    const last = history.months[history.months.length - 1]!;
    return {
      id: point.id,
      code: point.code,
      kind: point.kind,
      unit: history.unit,
      month: last.month,
      quantity: last.current,
      changePercent: last.changePercent,
    };
  });
}
