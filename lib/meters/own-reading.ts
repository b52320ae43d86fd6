import { and, eq } from "drizzle-orm";
import { exportEvents, readings } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import type { CustomerScope } from "@/lib/auth/customer-scope";

type Who = Pick<CustomerScope, "tenant" | "customerId">;

export type OwnReading = {
  id: string;
  date: string;
  value: string;
  zone: "all" | "day" | "night";
  submittedAt: Date | null;
  withdrawnAt: Date | null;
  replacedById: string | null;
  exportedAt: Date | null;
};

/**
 * A reading this customer sent in the portal on this point, locked with its export event until the
 * transaction ends, or null. Tenant and customer are in the WHERE clause (S13, docs/security.md): the
 * customer is the one its export event was queued for, so another customer's reading id finds nothing.
 * The event row is locked too: GET /api/export marks the events it hands out (exported_at) before
 * answering, so a correction and that marking take turns — whichever comes second sees the other.
 */
export async function lockOwnReading(tx: DbOrTx, who: Who, pointId: string, readingId: string): Promise<OwnReading | null> {
  const [row] = await ownReadingQuery(tx, who, pointId, readingId).for("update");
  return row ?? null;
}

/** The same reading without a lock, for a page that only shows why it can no longer be changed. */
export async function findOwnReading(scope: CustomerScope, pointId: string, readingId: string): Promise<OwnReading | null> {
  const [row] = await ownReadingQuery(scope.db, scope, pointId, readingId);
  return row ?? null;
}

function ownReadingQuery(tx: DbOrTx, who: Who, pointId: string, readingId: string) {
  return tx
    .select({
      id: readings.id,
      date: readings.date,
      value: readings.value,
      zone: readings.zone,
      submittedAt: readings.submittedAt,
      withdrawnAt: readings.withdrawnAt,
      replacedById: readings.replacedById,
      exportedAt: exportEvents.exportedAt,
    })
    .from(readings)
    .innerJoin(exportEvents, and(eq(exportEvents.tenantId, readings.tenantId), eq(exportEvents.id, readings.exportEventId)))
    .where(and(eq(readings.tenantId, who.tenant.id), eq(exportEvents.customerId, who.customerId), eq(readings.pointId, pointId), eq(readings.id, readingId)));
}
