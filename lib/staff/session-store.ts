import { and, eq, isNull } from "drizzle-orm";
import { staffSessions, staffUsers, type StaffUser } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { addHours, addMinutes, now } from "@/lib/clock";
import { hashToken, newToken } from "@/lib/auth/sessions";
import { isProduction } from "@/lib/env";
import type { RequestMeta } from "@/lib/request/meta";

/**
 * Back-office sessions (S23): the console's own cookie on its own host, a DB row per session holding
 * only the token's SHA-256, 15 minutes idle and 8 hours absolute. A session is "half" until the
 * second factor is given: it then only opens the code (or first-time setup) page.
 */
export const STAFF_IDLE_MINUTES = 15;
export const STAFF_ABSOLUTE_HOURS = 8;
/** A session with only the password behind it lives just long enough to type the code. */
export const STAFF_HALF_SESSION_MINUTES = 5;
const TOUCH_EVERY_MS = 30_000;

export const staffCookieName = () => (isProduction() ? "__Host-mojbok.staff" : "mojbok.staff");

export type StaffRole = "admin" | "staff";

/** `halfMinutes`: how long a session without the second factor lasts (the first-time setup needs longer). */
export async function createStaffSession(
  db: DbOrTx,
  staffId: string,
  mfaPassed: boolean,
  request: RequestMeta,
  halfMinutes = STAFF_HALF_SESSION_MINUTES,
): Promise<string> {
  const token = newToken();
  const at = now();
  await db.insert(staffSessions).values({
    id: hashToken(token),
    staffId,
    mfaPassed,
    createdAt: at,
    lastSeenAt: at,
    expiresAt: mfaPassed ? addHours(at, STAFF_ABSOLUTE_HOURS) : addMinutes(at, halfMinutes),
    ip: request.ip,
    userAgent: request.userAgent?.slice(0, 400) ?? null,
  });
  return token;
}

export async function revokeStaffSession(db: DbOrTx, sessionId: string): Promise<void> {
  await db
    .update(staffSessions)
    .set({ revokedAt: now() })
    .where(and(eq(staffSessions.id, sessionId), isNull(staffSessions.revokedAt)));
}

export async function revokeAllStaffSessions(db: DbOrTx, staffId: string): Promise<void> {
  await db
    .update(staffSessions)
    .set({ revokedAt: now() })
    .where(and(eq(staffSessions.staffId, staffId), isNull(staffSessions.revokedAt)));
}

export type StaffSessionCheck =
  { ok: true; user: StaffUser; sessionId: string; mfaPassed: boolean } | { ok: false; reason: "missing" | "revoked" | "idle" | "expired" | "locked" };

/** Checks a token against its row and the person: not revoked, not idle, not expired, not locked. */
export async function checkStaffSession(db: DbOrTx, token: string | null | undefined): Promise<StaffSessionCheck> {
  if (!token) return { ok: false, reason: "missing" };
  const id = hashToken(token);
  const [row] = await db
    .select({ session: staffSessions, user: staffUsers })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.staffId))
    .where(eq(staffSessions.id, id))
    .limit(1);
  if (!row) return { ok: false, reason: "missing" };
  const { session, user } = row;
  if (session.revokedAt) return { ok: false, reason: "revoked" };
  if (user.lockedAt || user.disabledAt) {
    await revokeStaffSession(db, id);
    return { ok: false, reason: "locked" };
  }
  const at = now();
  if (at >= session.expiresAt) {
    await revokeStaffSession(db, id);
    return { ok: false, reason: "expired" };
  }
  if (at >= addMinutes(session.lastSeenAt, STAFF_IDLE_MINUTES)) {
    await revokeStaffSession(db, id);
    return { ok: false, reason: "idle" };
  }
  if (at.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(staffSessions).set({ lastSeenAt: at }).where(eq(staffSessions.id, id));
  }
  return { ok: true, user, sessionId: id, mfaPassed: session.mfaPassed };
}
