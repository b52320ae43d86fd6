import { and, eq, gte, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { accounts, contracts, points, readings } from "@/db/schema";
import { warsawDate } from "@/lib/format";
import { enqueueJobs } from "@/lib/jobs/queue";
import type { JobHandler } from "@/lib/jobs/worker";
import { outsideQuietHours } from "@/lib/jobs/quiet-hours";
import { readingModuleOf, readingModuleRoutes, type ReadingModule } from "@/lib/meters/reading-module";
import { readingWindowOf, windowClosesOn, windowOpenedOn } from "@/lib/meters/reading-window";
import { offersModule } from "@/lib/portal/modules";
import { tenantById } from "@/lib/tenant/registry";
import type { Tenant } from "@/lib/tenant/schema";
import { sendNotification } from "@/lib/notifications/notify";

/**
 * "Termin podania odczytu" (docs/email.md §7): when a point's reading window opens, the holder of its
 * contract is told once per opening — the job key names the point and the window's first day
 * (`reminder:readings:<tenant>:<point>:<opened on>`). Points the tenant's reading screen takes
 * (Odczyty: `selfReading`; MPEC's Liczniki: a meter) and that have a window from the CRM; a point
 * without a window has no date to remind of.
 */
export const readingsKey = (tenantId: string, pointId: string, openedOn: string) => `reminder:readings:${tenantId}:${pointId}:${openedOn}`;

const takenBy = (screen: ReadingModule) => (screen === "readings" ? eq(points.selfReading, true) : sql`${points.meterNumber} IS NOT NULL`);

/** Adds a job for every point of `tenant` whose window is open at `at` and that has none for this opening. */
export async function sweepReadingReminders(db: DbOrTx, tenant: Tenant, at: Date): Promise<number> {
  const screen = readingModuleOf((m) => offersModule(tenant, m));
  if (!screen) return 0;
  const today = warsawDate(at);
  const found = await db
    .select({ pointId: points.id, customerId: contracts.customerId, readingWindowFrom: points.readingWindowFrom, readingWindowTo: points.readingWindowTo })
    .from(points)
    .innerJoin(contracts, and(eq(contracts.tenantId, points.tenantId), eq(contracts.id, points.contractId)))
    .innerJoin(accounts, and(eq(accounts.tenantId, contracts.tenantId), eq(accounts.customerId, contracts.customerId), eq(accounts.status, "active")))
    .where(and(eq(points.tenantId, tenant.id), takenBy(screen), sql`${points.readingWindowFrom} IS NOT NULL`));
  const rows = found.flatMap((p) => {
    const openedOn = windowOpenedOn(readingWindowOf(p)!, today);
    if (!openedOn) return [];
    const payload = { customerId: p.customerId, pointId: p.pointId, openedOn };
    return [{ key: readingsKey(tenant.id, p.pointId, openedOn), kind: "readings-due", tenantId: tenant.id, payload, runAt: outsideQuietHours(at) }];
  });
  return enqueueJobs(db, rows);
}

/** Sends the reminder unless the window closed meanwhile, a reading of this opening came in, or nobody can read it. */
export const readingsDueHandler: JobHandler = {
  quiet: true,
  async run(tx, job, at) {
    const tenant = job.tenantId ? tenantById(job.tenantId) : undefined;
    const { customerId, pointId, openedOn } = job.payload as { customerId?: string; pointId?: string; openedOn?: string };
    const screen = tenant && readingModuleOf((m) => offersModule(tenant, m));
    if (!tenant || !screen || !customerId || !pointId || !openedOn) return "unknown";
    const [row] = await tx
      .select({
        code: points.code,
        meterNumber: points.meterNumber,
        readingWindowFrom: points.readingWindowFrom,
        readingWindowTo: points.readingWindowTo,
        to: accounts.email,
      })
      .from(points)
      .innerJoin(contracts, and(eq(contracts.tenantId, points.tenantId), eq(contracts.id, points.contractId), eq(contracts.customerId, customerId)))
      .innerJoin(accounts, and(eq(accounts.tenantId, contracts.tenantId), eq(accounts.customerId, customerId), eq(accounts.status, "active")))
      .where(and(eq(points.tenantId, tenant.id), eq(points.id, pointId), takenBy(screen)))
      .limit(1);
    const window = row && readingWindowOf(row);
    if (!row || !window) return "unknown";
    const today = warsawDate(at);
    if (windowOpenedOn(window, today) !== openedOn) return "closed";
    const [given] = await tx
      .select({ id: readings.id })
      .from(readings)
      .where(and(eq(readings.tenantId, tenant.id), eq(readings.pointId, pointId), gte(readings.date, openedOn), isNull(readings.withdrawnAt)))
      .limit(1);
    if (given) return "already-read";
    const sent = await sendNotification(tx, {
      tenant,
      customerId,
      to: row.to,
      event: "readings_due",
      template: {
        name: "readings-due",
        props: {
          pointCode: row.code,
          meterNumber: row.meterNumber,
          closesOn: windowClosesOn(window, today),
          path: `${readingModuleRoutes[screen]}/${encodeURIComponent(pointId)}`,
        },
      },
    });
    return sent ? "sent" : "preference-off";
  },
};
