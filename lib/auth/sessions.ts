import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, ne } from "drizzle-orm";
import { sessions, type Session } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { addHours, addMinutes, now } from "@/lib/clock";

/**
 * Server-side customer sessions (S09–S12). The browser holds a random token; the database holds
 * only its SHA-256. Every request checks the row: not revoked, not past the absolute limit (12 h),
 * not idle for more than 15 minutes, and of the tenant whose host served the request.
 */
export const IDLE_MINUTES = 15;
export const ABSOLUTE_HOURS = 12;
/** last_seen_at is written at most this often, so a page with many requests costs one UPDATE. */
const TOUCH_EVERY_MS = 30_000;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
export const newToken = () => randomBytes(32).toString("base64url");

export async function createSession(db: DbOrTx, input: NewSessionInput): Promise<{ token: string; session: Session }> {
  const { token, values } = newSession(input);
  const [session] = await db.insert(sessions).values(values).returning();
  return { token, session: session! };
}

type NewSessionInput = { tenantId: string; accountId: string; ip?: string | null; userAgent?: string | null };

/** A new session's token and its row, for callers that insert it within a statement of their own (the sign-in). */
export function newSession(input: NewSessionInput): { token: string; values: typeof sessions.$inferInsert } {
  const token = newToken();
  const at = now();
  return {
    token,
    values: {
      id: hashToken(token),
      tenantId: input.tenantId,
      accountId: input.accountId,
      createdAt: at,
      lastSeenAt: at,
      expiresAt: addHours(at, ABSOLUTE_HOURS),
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 400) ?? null,
    },
  };
}

export type SessionCheck = { ok: true; session: Session } | { ok: false; reason: "missing" | "revoked" | "idle" | "expired" | "wrong-tenant" };

export async function checkSession(db: DbOrTx, token: string | null | undefined, tenantId: string): Promise<SessionCheck> {
  if (!token) return { ok: false, reason: "missing" };
  const [session] = await db
    .select()
    .from(sessions)
    .where(eq(sessions.id, hashToken(token)))
    .limit(1);
  return judgeSession(db, session, tenantId);
}

/**
 * The rules of checkSession for a row already read (lib/auth/customer.ts reads it together with
 * the account in one query): live, of this tenant, not idle, not past the absolute limit; touches
 * last_seen_at at most every TOUCH_EVERY_MS.
 */
export async function judgeSession(db: DbOrTx, session: Session | null | undefined, tenantId: string): Promise<SessionCheck> {
  if (!session) return { ok: false, reason: "missing" };
  const id = session.id;
  if (session.tenantId !== tenantId) return { ok: false, reason: "wrong-tenant" };
  if (session.revokedAt) return { ok: false, reason: session.revokedReason === "idle" ? "idle" : "revoked" };
  const at = now();
  if (at >= session.expiresAt) {
    await revokeSession(db, id, "expired");
    return { ok: false, reason: "expired" };
  }
  if (at >= addMinutes(session.lastSeenAt, IDLE_MINUTES)) {
    await revokeSession(db, id, "idle");
    return { ok: false, reason: "idle" };
  }
  if (at.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
    session.lastSeenAt = at;
  }
  return { ok: true, session };
}

export async function revokeSession(db: DbOrTx, sessionId: string, reason: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now(), revokedReason: reason })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Ends every session of the account except `keepSessionId` (password change: S12). */
export async function revokeAccountSessions(db: DbOrTx, accountId: string, reason: string, keepSessionId?: string): Promise<void> {
  const conditions = [eq(sessions.accountId, accountId), isNull(sessions.revokedAt)];
  if (keepSessionId) conditions.push(ne(sessions.id, keepSessionId));
  await db
    .update(sessions)
    .set({ revokedAt: now(), revokedReason: reason })
    .where(and(...conditions));
}
