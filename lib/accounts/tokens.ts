import { randomBytes, randomInt } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { authTokens, type AuthToken } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { addHours, now } from "@/lib/clock";
import { hashToken } from "@/lib/auth/sessions";
import { hmacSecret } from "@/lib/auth/secret";

/**
 * Activation links, reset links, e-mail confirmations and one-time passwords (S05): made with a
 * CSPRNG, stored only as a hash, single-use, expiring. Links carry 256 bits and are stored as
 * SHA-256; one-time passwords are short enough to type, so they are stored as an HMAC keyed with
 * the server secret.
 */
export type LinkPurpose = "activation" | "password_reset_link" | "email_change";
export const TOKEN_TTL_HOURS = 24;

export async function issueLinkToken(
  db: DbOrTx,
  input: { tenantId: string; accountId: string; purpose: LinkPurpose; ttlHours?: number; payload?: Record<string, string> },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  // A new link replaces older unused ones of the same purpose.
  await db
    .update(authTokens)
    .set({ usedAt: now() })
    .where(and(eq(authTokens.accountId, input.accountId), eq(authTokens.purpose, input.purpose), isNull(authTokens.usedAt)));
  await db.insert(authTokens).values({
    tenantId: input.tenantId,
    accountId: input.accountId,
    purpose: input.purpose,
    tokenHash: hashToken(token),
    payload: input.payload ?? null,
    expiresAt: addHours(now(), input.ttlHours ?? TOKEN_TTL_HOURS),
  });
  return token;
}

export type TokenUse = { ok: true; token: AuthToken } | { ok: false; reason: "invalid" | "expired" | "used" };

/** Finds a link token without using it (to show the page it leads to). */
export async function peekLinkToken(db: DbOrTx, tenantId: string, purpose: LinkPurpose, raw: string): Promise<TokenUse> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(raw)) return { ok: false, reason: "invalid" };
  const [token] = await db
    .select()
    .from(authTokens)
    .where(and(eq(authTokens.tokenHash, hashToken(raw)), eq(authTokens.tenantId, tenantId), eq(authTokens.purpose, purpose)))
    .limit(1);
  if (!token) return { ok: false, reason: "invalid" };
  if (token.usedAt) return { ok: false, reason: "used" };
  if (token.expiresAt <= now()) return { ok: false, reason: "expired" };
  return { ok: true, token };
}

/** Uses a link token: atomically, so two clicks cannot both succeed. */
export async function consumeLinkToken(db: DbOrTx, tenantId: string, purpose: LinkPurpose, raw: string): Promise<TokenUse> {
  const peek = await peekLinkToken(db, tenantId, purpose, raw);
  if (!peek.ok) return peek;
  const [used] = await db
    .update(authTokens)
    .set({ usedAt: now() })
    .where(and(eq(authTokens.id, peek.token.id), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now())))
    .returning();
  return used ? { ok: true, token: used } : { ok: false, reason: "used" };
}

// No 0/O, 1/l/I: the password is read from an e-mail and typed.
const OTP_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const OTP_LENGTH = 12;

export function generateOneTimePassword(): string {
  let out = "";
  for (let i = 0; i < OTP_LENGTH; i++) out += OTP_ALPHABET[randomInt(OTP_ALPHABET.length)];
  return out;
}

/** Issues a one-time password (valid 24 h) and returns it for the e-mail; older unused ones stop working. */
export async function issueOneTimePassword(db: DbOrTx, input: { tenantId: string; accountId: string }): Promise<string> {
  const otp = generateOneTimePassword();
  await db
    .update(authTokens)
    .set({ usedAt: now() })
    .where(and(eq(authTokens.accountId, input.accountId), eq(authTokens.purpose, "one_time_password"), isNull(authTokens.usedAt)));
  await db.insert(authTokens).values({
    tenantId: input.tenantId,
    accountId: input.accountId,
    purpose: "one_time_password",
    tokenHash: hmacSecret(otp),
    expiresAt: addHours(now(), TOKEN_TTL_HOURS),
  });
  return otp;
}

/**
 * The account's live one-time password matching `otp`, or null. Does not use it up. With
 * `sessionId`: only the one that signed that session in (the forced change); without: any live one.
 */
export async function findOneTimePassword(db: DbOrTx, accountId: string, otp: string, sessionId?: string): Promise<AuthToken | null> {
  if (otp.length === 0 || otp.length > 64) return null;
  const [token] = await db
    .select()
    .from(authTokens)
    .where(
      and(
        eq(authTokens.tokenHash, hmacSecret(otp)),
        eq(authTokens.accountId, accountId),
        eq(authTokens.purpose, "one_time_password"),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, now()),
        sessionId === undefined ? undefined : eq(authTokens.sessionId, sessionId),
      ),
    )
    .limit(1);
  return token ?? null;
}

/**
 * A one-time password signs in once (S27, docs/decisions/0004): the sign-in binds it to the session
 * it opens. Atomic: of two sign-ins racing with one one-time password, only one gets it.
 */
export async function claimOneTimePasswordForSession(db: DbOrTx, tokenId: string, sessionId: string): Promise<boolean> {
  const claimed = await db
    .update(authTokens)
    .set({ sessionId })
    .where(
      and(
        eq(authTokens.id, tokenId),
        eq(authTokens.purpose, "one_time_password"),
        isNull(authTokens.sessionId),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, now()),
      ),
    )
    .returning({ id: authTokens.id });
  return claimed.length === 1;
}

/** Uses a token up; false when it was already used (two requests racing with one token). */
export async function markTokenUsed(db: DbOrTx, tokenId: string): Promise<boolean> {
  const used = await db
    .update(authTokens)
    .set({ usedAt: now() })
    .where(and(eq(authTokens.id, tokenId), isNull(authTokens.usedAt)))
    .returning({ id: authTokens.id });
  return used.length === 1;
}
