import { and, eq } from "drizzle-orm";
import { exportEvents, readings } from "@/db/schema";
import type { Db } from "@/db/client";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { customerPoint } from "@/lib/points/queries";
import { correctionRefusal } from "@/lib/meters/correctable";
import { lockOwnReading } from "@/lib/meters/own-reading";
import type { SubmitContext } from "@/lib/meters/submit-reading";

export type WithdrawResult = { ok: true; date: string } | { ok: false; notFound: true } | { ok: false; notFound?: false; message: string };

/**
 * "Wycofaj": the customer takes back a reading they sent today, before the CRM exported it
 * (lib/meters/correctable.ts). The row stays (withdrawn_at) for the audit trail but no longer counts;
 * the CRM gets `reading.withdrawn` naming it.
 */
export async function withdrawReading(db: Db, ctx: SubmitContext, input: { point: string; reading: string }): Promise<WithdrawResult> {
  const point = await customerPoint(db, ctx.tenantId, ctx.customerId, input.point);
  if (!point || !point.meterNumber) return { ok: false, notFound: true };
  return db.transaction(async (tx): Promise<WithdrawResult> => {
    const reading = await lockOwnReading(tx, ctx, point.id, input.reading);
    if (!reading) return { ok: false, notFound: true };
    const at = now();
    const refusal = correctionRefusal(reading, at);
    if (refusal) return { ok: false, message: refusal };
    await tx.update(readings).set({ withdrawnAt: at }).where(and(eq(readings.tenantId, ctx.tenantId), eq(readings.id, reading.id)));
    await tx.insert(exportEvents).values({ tenantId: ctx.tenantId, customerId: ctx.customerId, type: "reading.withdrawn", payload: { readingId: reading.id, pointId: point.id }, createdAt: at });
    await audit(tx, {
      tenantId: ctx.tenantId,
      actorKind: "customer",
      actorId: ctx.accountId,
      action: "reading.withdrawn",
      targetKind: "point",
      targetId: point.id,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { readingId: reading.id },
    });
    return { ok: true, date: reading.date };
  });
}
