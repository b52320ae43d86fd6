import type { CustomerScope } from "@/lib/auth/customer-scope";
import { and, desc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { exportEvents, readings } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { now } from "@/lib/clock";
import { customerPoint, customerPoints, type CustomerPoint } from "@/lib/points/queries";
import { isCorrectable } from "@/lib/meters/correctable";
import { takesReadings, type ReadingModule } from "@/lib/meters/reading-module";

export type ReadingRow = {
  id: string;
  date: string;
  value: string;
  unit: "kWh" | "GJ" | "m3";
  zone: "all" | "day" | "night";
  source: "actual" | "estimated" | "customer";
  /** This customer sent it today and the CRM has not exported it yet: "Popraw" and "Wycofaj" apply. */
  correctable: boolean;
};
export type Meter = { point: CustomerPoint; readings: ReadingRow[] };

const readingColumns = {
  id: readings.id,
  pointId: readings.pointId,
  date: readings.date,
  value: readings.value,
  unit: readings.unit,
  zone: readings.zone,
  source: readings.source,
  submittedAt: readings.submittedAt,
  withdrawnAt: readings.withdrawnAt,
  exportedAt: exportEvents.exportedAt,
  sentBy: exportEvents.customerId,
};

/** Live readings (withdrawn and replaced ones left out), newest first, each marked correctable or not. */
async function liveReadings(db: DbOrTx, tenantId: string, customerId: string, points: SQL) {
  const rows = await db
    .select(readingColumns)
    .from(readings)
    .leftJoin(exportEvents, and(eq(exportEvents.tenantId, readings.tenantId), eq(exportEvents.id, readings.exportEventId)))
    .where(and(eq(readings.tenantId, tenantId), points, isNull(readings.withdrawnAt)))
    .orderBy(desc(readings.date), desc(readings.updatedAt));
  const at = now();
  return rows.map(({ submittedAt, withdrawnAt, exportedAt, sentBy, ...row }) => ({
    ...row,
    correctable: sentBy === customerId && isCorrectable({ submittedAt, withdrawnAt, exportedAt }, at),
  }));
}

/** The customer's points the screen takes readings of (MPEC: those with a meter), each with its readings, newest first. */
export async function customerMeters(scope: CustomerScope, module: ReadingModule = "meters"): Promise<Meter[]> {
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  const withMeter = (await customerPoints(scope)).filter((p) => takesReadings(p, module));
  if (withMeter.length === 0) return [];
  const rows = await liveReadings(
    db,
    tenantId,
    customerId,
    inArray(
      readings.pointId,
      withMeter.map((p) => p.id),
    ),
  );
  return withMeter.map((point) => ({ point, readings: rows.filter((r) => r.pointId === point.id) }));
}

/** One meter of the customer, or null (404) when the point is not theirs or the screen takes no readings of it. */
export async function customerMeter(scope: CustomerScope, pointId: string, module: ReadingModule = "meters"): Promise<Meter | null> {
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  const point = await customerPoint(scope, pointId);
  if (!point || !takesReadings(point, module)) return null;
  return { point, readings: await liveReadings(db, tenantId, customerId, eq(readings.pointId, point.id)) };
}
