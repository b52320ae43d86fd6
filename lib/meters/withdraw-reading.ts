import { and, eq } from "drizzle-orm";
import { exportEvents, readings } from "@/db/schema";
import { assertRole, ROLES, type CustomerScope } from "@/lib/auth/customer-scope";
import type { RequestMeta } from "@/lib/request/meta";
import { auditCustomer } from "@/lib/audit";
import { now } from "@/lib/clock";
import { customerPoint } from "@/lib/points/queries";
import { correctionRefusal } from "@/lib/meters/correctable";
import { lockOwnReading } from "@/lib/meters/own-reading";
import { takesReadings, type ReadingModule } from "@/lib/meters/reading-module";

export type WithdrawResult = { ok: true; date: string } | { ok: false; notFound: true } | { ok: false; notFound?: false; message: string };

/**
 * "Wycofaj": the customer takes back a reading they sent today, before the CRM exported it
 * (lib/meters/correctable.ts). The row stays (withdrawn_at) for the audit trail but no longer counts;
 * the CRM gets `reading.withdrawn` naming it. One zone of a two-zone reading is withdrawn on its own.
 */
export async function withdrawReading(
  scope: CustomerScope,
  request: RequestMeta,
  input: { point: string; reading: string },
  module: ReadingModule = "meters",
): Promise<WithdrawResult> {
  assertRole(scope, ROLES.full);
  const point = await customerPoint(scope, input.point);
  if (!point || !takesReadings(point, module)) return { ok: false, notFound: true };
  return scope.db.transaction(async (tx): Promise<WithdrawResult> => {
    const reading = await lockOwnReading(tx, scope, point.id, input.reading);
    if (!reading) return { ok: false, notFound: true };
    const at = now();
    const refusal = correctionRefusal(reading, at);
    if (refusal) return { ok: false, message: refusal };
    await tx
      .update(readings)
      .set({ withdrawnAt: at })
      .where(and(eq(readings.tenantId, scope.tenant.id), eq(readings.id, reading.id)));
    await tx.insert(exportEvents).values({
      tenantId: scope.tenant.id,
      customerId: scope.customerId,
      type: "reading.withdrawn",
      payload: { readingId: reading.id, pointId: point.id },
      createdAt: at,
    });
    await auditCustomer({ ...scope, db: tx }, request, {
      action: "reading.withdrawn",
      targetKind: "point",
      targetId: point.id,
      details: { readingId: reading.id },
    });
    return { ok: true, date: reading.date };
  });
}
