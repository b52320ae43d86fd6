import { and, desc, eq, inArray } from "drizzle-orm";
import { readings } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { customerPoint, customerPoints, type CustomerPoint } from "@/lib/points/queries";

export type ReadingRow = { id: string; date: string; value: string; unit: "kWh" | "GJ" | "m3"; zone: "all" | "day" | "night"; source: "actual" | "estimated" | "customer" };
export type Meter = { point: CustomerPoint; readings: ReadingRow[] };

export const readingSourceLabels = { actual: "rzeczywisty", estimated: "szacowany", customer: "klienta" } as const;
export const readingZoneLabels = { all: "całodobowa", day: "dzienna", night: "nocna" } as const;

const readingColumns = { id: readings.id, pointId: readings.pointId, date: readings.date, value: readings.value, unit: readings.unit, zone: readings.zone, source: readings.source };

/** The customer's points that have a meter, each with its readings, newest first. */
export async function customerMeters(db: DbOrTx, tenantId: string, customerId: string): Promise<Meter[]> {
  const withMeter = (await customerPoints(db, tenantId, customerId)).filter((p) => p.meterNumber);
  if (withMeter.length === 0) return [];
  const rows = await db
    .select(readingColumns)
    .from(readings)
    .where(and(eq(readings.tenantId, tenantId), inArray(readings.pointId, withMeter.map((p) => p.id))))
    .orderBy(desc(readings.date), desc(readings.updatedAt));
  return withMeter.map((point) => ({ point, readings: rows.filter((r) => r.pointId === point.id) }));
}

/** One meter of the customer, or null (404) when the point is not theirs or has no meter. */
export async function customerMeter(db: DbOrTx, tenantId: string, customerId: string, pointId: string): Promise<Meter | null> {
  const point = await customerPoint(db, tenantId, customerId, pointId);
  if (!point || !point.meterNumber) return null;
  const rows = await db
    .select(readingColumns)
    .from(readings)
    .where(and(eq(readings.tenantId, tenantId), eq(readings.pointId, point.id)))
    .orderBy(desc(readings.date), desc(readings.updatedAt));
  return { point, readings: rows };
}
