import { randomUUID } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { consumption, exportEvents, readings } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { assertRole, ROLES, type CustomerScope } from "@/lib/auth/customer-scope";
import type { RequestMeta } from "@/lib/request/meta";
import { auditCustomer } from "@/lib/audit";
import { now } from "@/lib/clock";
import { formatDate, formatQuantity, unitLabel, warsawDate } from "@/lib/format";
import type { Issue } from "@/lib/accounts/schemas/fields";
import { customerPoint, type CustomerPoint } from "@/lib/points/queries";
import { unitOfKind, type Unit } from "@/lib/points/consumption";
import { compareDecimals } from "@/lib/points/quantity";
import { zoneFields, type ReadingInput, type Zone, type ZoneValue } from "@/lib/meters/reading-form";
import { enforcedWindow, takesReadings, type ReadingModule } from "@/lib/meters/reading-module";
import { inReadingWindow, windowClosedMessage } from "@/lib/meters/reading-window";
import { readingBounds } from "@/lib/meters/plausibility";
import { correctionRefusal, CORRECTION_MESSAGES } from "@/lib/meters/correctable";
import { lockOwnReading, type OwnReading } from "@/lib/meters/own-reading";

export type SubmitResult =
  | { ok: true; readingId: string; readingIds: string[]; replaced: string | null }
  | { ok: false; notFound: true }
  | { ok: false; notFound?: false; issues: Issue[]; formError?: string };

const NBSP = "\u00a0";
const quantity = (value: string, unit: Unit) => `${formatQuantity(value)}${NBSP}${unitLabel(unit)}`;
export const CONFIRM_MESSAGE = "Sprawdź wskazanie na liczniku. Jeśli jest poprawne, zaznacz potwierdzenie i zapisz odczyt ponownie.";

/** The meter's live readings (every zone), newest first; `except`: the one being corrected. */
async function liveHistory(tx: DbOrTx, tenantId: string, pointId: string, except: string | null) {
  const rows = await tx
    .select({
      id: readings.id,
      date: readings.date,
      value: readings.value,
      unit: readings.unit,
      zone: readings.zone,
      source: readings.source,
      meterChange: readings.meterChange,
    })
    .from(readings)
    .where(and(eq(readings.tenantId, tenantId), eq(readings.pointId, pointId), isNull(readings.withdrawnAt)))
    .orderBy(desc(readings.date));
  return rows.filter((r) => r.id !== except);
}

async function usageOf(tx: DbOrTx, tenantId: string, pointId: string, unit: Unit) {
  return tx
    .select({ periodFrom: consumption.periodFrom, periodTo: consumption.periodTo, quantity: consumption.quantity })
    .from(consumption)
    .where(and(eq(consumption.tenantId, tenantId), eq(consumption.pointId, pointId), eq(consumption.unit, unit)));
}

/**
 * A reading the customer gives in "Podaj odczyt", or a correction of one sent today (`replaces`): on
 * a point of theirs the screen takes readings of (lib/meters/reading-module.ts), inside its reading
 * window if it has one, one value per zone of the meter (a correction: the replaced reading's zone).
 * Each value is dated between the zone's last reading and today (Warsaw), not below the zone's last
 * one of the meter now installed, and — above what the zone's history allows
 * (lib/meters/plausibility.ts) — only once the customer confirmed that very value. Each zone is
 * stored as its own reading with source "customer" and queued for the CRM (export_events; a
 * correction names the reading it `replaces`), all in one transaction.
 */
export async function submitReading(scope: CustomerScope, request: RequestMeta, input: ReadingInput, module: ReadingModule = "meters"): Promise<SubmitResult> {
  assertRole(scope, ROLES.full);
  const point = await customerPoint(scope, input.point);
  if (!point || !takesReadings(point, module)) return { ok: false, notFound: true };
  const window = enforcedWindow(point);
  const today = warsawDate(now());
  if (window && !inReadingWindow(window, today)) return { ok: false, issues: [], formError: windowClosedMessage(window, today) };
  try {
    return await scope.db.transaction((tx) => submitInTransaction({ ...scope, db: tx }, request, point, input));
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

/** Thrown to roll back what a correction already changed when its new reading cannot be stored. */
class Refused extends Error {
  constructor(readonly result: SubmitResult) {
    super("refused");
  }
}

/** The form must have been drawn for the zones the reading takes now: the meter's, or the corrected reading's. */
const sameZones = (values: ZoneValue[], zones: readonly Zone[]) => values.length === zones.length && values.every((v, i) => v.zone === zones[i]);
const ZONES_CHANGED = "Zmieniły się strefy licznika. Odśwież stronę i podaj odczyt ponownie.";

async function submitInTransaction(scope: CustomerScope, request: RequestMeta, point: CustomerPoint, input: ReadingInput): Promise<SubmitResult> {
  const tx = scope.db;
  const at = now();
  let replaced: OwnReading | null = null;
  if (input.replaces) {
    // Locked first: a second tab correcting the same reading waits here and then finds it replaced.
    replaced = await lockOwnReading(tx, scope, point.id, input.replaces);
    if (!replaced) return { ok: false, notFound: true };
    if (!sameZones(input.values, [replaced.zone])) return { ok: false, issues: [], formError: ZONES_CHANGED };
    if (replaced.replacedById) {
      const again = await sameReading(tx, scope.tenant.id, replaced.replacedById, input.date, input.values[0]!);
      if (again) return { ok: true, readingId: again, readingIds: [again], replaced: replaced.id };
    }
    const refusal = correctionRefusal(replaced, at);
    if (refusal) return { ok: false, issues: [], formError: refusal };
  } else if (!sameZones(input.values, point.zones)) return { ok: false, issues: [], formError: ZONES_CHANGED };

  const allZones = await liveHistory(tx, scope.tenant.id, point.id, replaced?.id ?? null);
  const unit: Unit = allZones[0]?.unit ?? unitOfKind[point.kind];
  const usage = await usageOf(tx, scope.tenant.id, point.id, unit);
  const issues: Issue[] = [];
  const today = warsawDate(at);
  const newest = input.values
    .map((v) => allZones.find((r) => r.zone === v.zone)?.date)
    .reduce<string | undefined>((a, b) => (a && b ? (a > b ? a : b) : (a ?? b)), undefined);
  if (input.date > today) issues.push({ path: "date", message: "Data odczytu nie może być późniejsza niż dzisiejsza." });
  else if (newest && input.date < newest)
    issues.push({ path: "date", message: `Data odczytu nie może być wcześniejsza niż data ostatniego odczytu: ${formatDate(newest)}.` });
  for (const given of input.values) {
    const bounds = readingBounds(
      allZones.filter((r) => r.zone === given.zone),
      usage,
      input.date,
    );
    const fields = zoneFields[given.zone];
    if (bounds.floor && compareDecimals(given.value, bounds.floor.value) < 0) {
      issues.push({
        path: fields.value,
        message: `${fields.label} nie może być mniejsze od ostatniego odczytu z ${formatDate(bounds.floor.date)}: ${quantity(bounds.floor.value, unit)}.`,
      });
    } else if (bounds.floor && bounds.ceiling && compareDecimals(given.value, bounds.ceiling) > 0 && given.confirmedValue !== given.value) {
      issues.push({
        path: fields.value,
        message: `${fields.label} jest znacznie wyższe, niż wynika z dotychczasowego zużycia. Oczekiwany zakres: ${formatQuantity(bounds.floor.value)} – ${quantity(bounds.ceiling, unit)}.`,
      });
      issues.push({ path: fields.confirm, message: CONFIRM_MESSAGE });
    }
  }
  if (issues.length) return { ok: false, issues };

  const ids: string[] = [];
  for (const given of input.values) ids.push(await storeReading(scope, request, point, { date: input.date, given, unit, at, replaced }));
  return { ok: true, readingId: ids[0]!, readingIds: ids, replaced: replaced?.id ?? null };
}

/** One zone's reading: stored, queued for the CRM and audited; its id (an existing one for a double submit). */
async function storeReading(
  scope: CustomerScope,
  request: RequestMeta,
  point: CustomerPoint,
  { date, given, unit, at, replaced }: { date: string; given: ZoneValue; unit: Unit; at: Date; replaced: OwnReading | null },
): Promise<string> {
  const tx = scope.db;
  const id = `web-${randomUUID()}`;
  // The replaced reading stops being live first, so a correction of the same day is no double.
  if (replaced)
    await tx
      .update(readings)
      .set({ withdrawnAt: at, replacedById: id })
      .where(and(eq(readings.tenantId, scope.tenant.id), eq(readings.id, replaced.id)));
  const [inserted] = await tx
    .insert(readings)
    .values({
      tenantId: scope.tenant.id,
      id,
      pointId: point.id,
      date,
      value: given.value,
      unit,
      zone: given.zone,
      source: "customer",
      submittedByAccountId: scope.accountId,
      submittedAt: at,
    })
    .onConflictDoNothing({
      target: [readings.tenantId, readings.pointId, readings.zone, readings.date],
      where: sql`submitted_at IS NOT NULL AND withdrawn_at IS NULL`,
    })
    .returning({ id: readings.id });
  if (!inserted) {
    // The same value again is that reading (a double submit); anything else rolls back the zones stored before it.
    const existing = await sameDay(tx, scope.tenant.id, point.id, date, given, unit, at, replaced !== null);
    if (existing.ok) return existing.readingId;
    throw new Refused(existing);
  }

  // The zone is named only for a two-zone meter, as in the import, where a reading without one is "all".
  const zone = given.zone === "all" ? {} : { zone: given.zone };
  const payload = { readingId: id, pointId: point.id, date, value: given.value, unit, ...zone, ...(replaced ? { replaces: replaced.id } : {}) };
  const [event] = await tx
    .insert(exportEvents)
    .values({ tenantId: scope.tenant.id, customerId: scope.customerId, type: "reading.submitted", payload, createdAt: at })
    .returning({ id: exportEvents.id });
  await tx
    .update(readings)
    .set({ exportEventId: event!.id })
    .where(and(eq(readings.tenantId, scope.tenant.id), eq(readings.id, id)));
  await auditCustomer(scope, request, {
    action: replaced ? "reading.corrected" : "reading.submitted",
    targetKind: "point",
    targetId: point.id,
    details: { readingId: id, date, value: given.value, unit, ...zone, ...(replaced ? { replaces: replaced.id } : {}) },
  });
  return id;
}

/** The reading `id` when it holds exactly this date and value (the same correction sent twice), else null. */
async function sameReading(tx: DbOrTx, tenantId: string, id: string, date: string, given: ZoneValue): Promise<string | null> {
  const [row] = await tx
    .select({ date: readings.date, value: readings.value, withdrawnAt: readings.withdrawnAt })
    .from(readings)
    .where(and(eq(readings.tenantId, tenantId), eq(readings.id, id)));
  return row && !row.withdrawnAt && row.date === date && compareDecimals(row.value, given.value) === 0 ? id : null;
}

/**
 * The meter already has a live portal reading of that day (a double submit, or a second value for
 * one day): the same value is that reading again, saved once; another value must correct it instead.
 */
async function sameDay(
  tx: DbOrTx,
  tenantId: string,
  pointId: string,
  date: string,
  given: ZoneValue,
  unit: Unit,
  at: Date,
  correcting: boolean,
): Promise<SubmitResult> {
  const [existing] = await tx
    .select({
      id: readings.id,
      value: readings.value,
      submittedAt: readings.submittedAt,
      withdrawnAt: readings.withdrawnAt,
      exportedAt: exportEvents.exportedAt,
    })
    .from(readings)
    .leftJoin(exportEvents, and(eq(exportEvents.tenantId, readings.tenantId), eq(exportEvents.id, readings.exportEventId)))
    .where(
      and(
        eq(readings.tenantId, tenantId),
        eq(readings.pointId, pointId),
        eq(readings.zone, given.zone),
        eq(readings.date, date),
        isNull(readings.withdrawnAt),
        sql`${readings.submittedAt} IS NOT NULL`,
      ),
    );
  if (!existing) return { ok: false, issues: [], formError: CORRECTION_MESSAGES.gone };
  if (!correcting && compareDecimals(existing.value, given.value) === 0) return { ok: true, readingId: existing.id, readingIds: [existing.id], replaced: null };
  const zone = given.zone === "all" ? "" : ` (${zoneFields[given.zone].label.toLowerCase()})`;
  const said = `Odczyt z ${formatDate(date)}${zone} został już podany: ${quantity(existing.value, unit)}.`;
  const message = correctionRefusal(existing, at)
    ? `${said} Został przekazany do rozliczenia, więc nie można go już zmienić.`
    : `${said} Aby zmienić wskazanie, popraw ten odczyt.`;
  return { ok: false, issues: [{ path: "date", message }] };
}
