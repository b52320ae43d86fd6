import { and, desc, eq, gt, isNull, ne, sql, type SQL } from "drizzle-orm";
import { sessions } from "@/db/schema";
import type { CustomerScope } from "@/lib/auth/customer-scope";
import type { RequestMeta } from "@/lib/request/meta";
import { auditCustomer } from "@/lib/audit";
import { addMinutes, now } from "@/lib/clock";
import { IDLE_MINUTES } from "@/lib/auth/sessions";
import { describeDevice } from "@/lib/devices/describe-device";

/**
 * "Ustawienia → Aktywne sesje" (docs/accounts.md §16, S34): the account's live sessions, and ending
 * them one by one or all but the current one. Every statement keeps the tenant and the account in
 * its WHERE clause, so a session of another account cannot be listed or ended.
 */
export type ActiveSession = {
  /** The session as the page names it: not its database id (the SHA-256 of the cookie's token). */
  ref: string;
  device: string;
  ip: string | null;
  signedInAt: Date;
  lastActiveAt: Date;
  current: boolean;
};

export const ENDED_REASON = "ended-by-customer";

/** A public name of a session: the first 32 hex digits of SHA-256("session-ref:" + id), computed by the database. */
const refOf = sql<string>`left(encode(sha256(convert_to('session-ref:' || ${sessions.id}, 'UTF8')), 'hex'), 32)`;

/** This account's sessions that would still let a request in (judgeSession's rules: not ended, not past either limit). */
function liveOf(scope: CustomerScope, ...more: SQL[]): SQL {
  const at = now();
  return and(
    eq(sessions.tenantId, scope.tenant.id),
    eq(sessions.accountId, scope.accountId),
    isNull(sessions.revokedAt),
    gt(sessions.expiresAt, at),
    gt(sessions.lastSeenAt, addMinutes(at, -IDLE_MINUTES)),
    ...more,
  )!;
}

export async function listActiveSessions(scope: CustomerScope, currentSessionId: string): Promise<ActiveSession[]> {
  const rows = await scope.db
    .select({ id: sessions.id, ref: refOf, ip: sessions.ip, userAgent: sessions.userAgent, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .where(liveOf(scope))
    .orderBy(desc(sessions.lastSeenAt), desc(sessions.createdAt));
  const list = rows.map((r) => ({
    ref: r.ref,
    device: describeDevice(r.userAgent),
    ip: r.ip,
    signedInAt: r.createdAt,
    lastActiveAt: r.lastSeenAt,
    current: r.id === currentSessionId,
  }));
  // The current session first: "to urządzenie".
  return [...list.filter((s) => s.current), ...list.filter((s) => !s.current)];
}

const SESSION_REF = /^[0-9a-f]{32}$/;

/** Ends one live session of this account (never the current one: that is "Wyloguj"). Returns whether one was ended. */
export async function endSession(scope: CustomerScope, currentSessionId: string, ref: string, request: RequestMeta): Promise<boolean> {
  if (!SESSION_REF.test(ref)) return false;
  return scope.db.transaction(async (tx) => {
    const ended = await tx
      .update(sessions)
      .set({ revokedAt: now(), revokedReason: ENDED_REASON })
      .where(liveOf(scope, ne(sessions.id, currentSessionId), sql`${refOf} = ${ref}`))
      .returning({ id: sessions.id });
    if (ended.length === 0) return false;
    await auditCustomer({ ...scope, db: tx }, request, { action: "session.ended", targetKind: "account", targetId: scope.accountId, details: { sessions: 1 } });
    return true;
  });
}

/** "Wyloguj pozostałe sesje": every other live session of this account, at once. Returns how many were ended. */
export async function endOtherSessions(scope: CustomerScope, currentSessionId: string, request: RequestMeta): Promise<number> {
  return scope.db.transaction(async (tx) => {
    const ended = await tx
      .update(sessions)
      .set({ revokedAt: now(), revokedReason: ENDED_REASON })
      .where(liveOf(scope, ne(sessions.id, currentSessionId)))
      .returning({ id: sessions.id });
    if (ended.length > 0) {
      await auditCustomer({ ...scope, db: tx }, request, {
        action: "session.ended",
        targetKind: "account",
        targetId: scope.accountId,
        details: { sessions: ended.length, others: true },
      });
    }
    return ended.length;
  });
}
