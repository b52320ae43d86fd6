import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { exportEvents, readings } from "@/db/schema";
import type { Db } from "@/db/client";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { formatDate, warsawDate } from "@/lib/format";
import type { Issue } from "@/lib/accounts/schemas/fields";
import { customerPoint } from "@/lib/points/queries";
import { unitOfKind, type Unit } from "@/lib/points/consumption";
import { compareDecimals, formatQuantity, unitLabel } from "@/lib/points/quantity";
import type { ReadingInput } from "@/lib/meters/reading-form";

export type SubmitContext = { tenantId: string; customerId: string; accountId: string; ip: string | null; userAgent: string | null };

export type SubmitResult = { ok: true; readingId: string } | { ok: false; notFound: true } | { ok: false; notFound?: false; issues: Issue[] };

/**
 * A reading the customer gives in "Podaj odczyt" (issue 4, item 7): on a point of theirs with a
 * meter, dated between the last reading and today (Warsaw), not below the last actual reading.
 * Stored with source "customer" and queued for the CRM (export_events) in one transaction.
 */
export async function submitReading(db: Db, ctx: SubmitContext, input: ReadingInput): Promise<SubmitResult> {
  const point = await customerPoint(db, ctx.tenantId, ctx.customerId, input.point);
  if (!point || !point.meterNumber) return { ok: false, notFound: true };
  return db.transaction(async (tx) => {
    const history = await tx
      .select({ date: readings.date, value: readings.value, unit: readings.unit, source: readings.source })
      .from(readings)
      .where(and(eq(readings.tenantId, ctx.tenantId), eq(readings.pointId, point.id)))
      .orderBy(desc(readings.date));
    const unit: Unit = history[0]?.unit ?? unitOfKind[point.kind];
    const issues: Issue[] = [];
    const today = warsawDate(now());
    if (input.date > today) issues.push({ path: "date", message: "Data odczytu nie może być późniejsza niż dzisiejsza." });
    else if (history[0] && input.date < history[0].date) issues.push({ path: "date", message: `Data odczytu nie może być wcześniejsza niż data ostatniego odczytu: ${formatDate(history[0].date)}.` });
    const lastActual = history.find((r) => r.source === "actual");
    if (lastActual && compareDecimals(input.value, lastActual.value) < 0) {
      issues.push({ path: "value", message: `Wskazanie nie może być mniejsze od ostatniego odczytu rzeczywistego: ${formatQuantity(lastActual.value)}\u00a0${unitLabel(lastActual.unit)}.` });
    }
    if (issues.length) return { ok: false as const, issues };
    const id = `web-${randomUUID()}`;
    await tx.insert(readings).values({ tenantId: ctx.tenantId, id, pointId: point.id, date: input.date, value: input.value, unit, zone: "all", source: "customer", submittedByAccountId: ctx.accountId });
    await tx.insert(exportEvents).values({
      tenantId: ctx.tenantId,
      customerId: ctx.customerId,
      type: "reading.submitted",
      payload: { pointId: point.id, date: input.date, value: input.value, unit },
    });
    await audit(tx, {
      tenantId: ctx.tenantId,
      actorKind: "customer",
      actorId: ctx.accountId,
      action: "reading.submitted",
      targetKind: "point",
      targetId: point.id,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { readingId: id, date: input.date, value: input.value, unit },
    });
    return { ok: true as const, readingId: id };
  });
}
