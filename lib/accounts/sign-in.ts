import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { accounts, authTokens, type Account } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import { now } from "@/lib/clock";
import { audit, auditCustomer } from "@/lib/audit";
import { verifyAgainstDummy, verifySecret } from "@/lib/auth/password-hash";
import { createSession } from "@/lib/auth/sessions";
import { hmacSecret } from "@/lib/auth/secret";
import { claimOneTimePasswordForSession } from "@/lib/accounts/tokens";
import { countsPerAddress, hitRateLimits, type RateRule } from "@/lib/security/rate-limit";
import { isLocked, MAX_FAILED_ATTEMPTS, recordFailure } from "@/lib/accounts/lockout";
import type { RequestMeta } from "@/lib/request/meta";

/**
 * Sign-in (SPEC §3, S06–S09). One function, no Next: the action in components/auth only turns its
 * result into a cookie and a redirect.
 *
 * - Every path costs exactly one argon2 verification (an unknown login verifies against a dummy
 *   hash) and one cheap one-time-password lookup, so the time does not tell whether a login exists.
 * - Unknown login, wrong password, a locked or an unactivated account: one and the same message.
 * - A live one-time password signs in and forces "Wymagana zmiana hasła": the old password stops
 *   working now, and the lock is lifted, because the owner has just proved the e-mail. It signs in
 *   once (S27): the sign-in binds it to the new session, which alone may still complete the change
 *   with it; whoever lost that session asks for a new one-time password.
 */
export const signInRules = {
  byAddress: { name: "signin-ip", limit: 20, windowSeconds: 300 },
  byLogin: { name: "signin-login", limit: 10, windowSeconds: 300 },
} satisfies Record<string, RateRule>;

export const THROTTLED_MESSAGE = "Zbyt wiele prób logowania. Spróbuj ponownie za kilka minut.";

/** The one answer to every failed sign-in, naming the lock rule and the way out (tenant's own labels and contacts). */
export function signInFailedMessage(tenant: Tenant): string {
  const c = tenant.contacts;
  return (
    `Nieprawidłowy login lub hasło. Po ${MAX_FAILED_ATTEMPTS} błędnych próbach konto zostaje zablokowane — odblokujesz je, ` +
    `korzystając z opcji „${tenant.texts.forgotPasswordLink}”, lub kontaktując się z Biurem Obsługi Klienta: tel. ${c.phone}, ` +
    `e-mail ${c.emailIndividual} (klienci indywidualni), ${c.emailBusiness} (klienci biznesowi).`
  );
}

export type SignInResult =
  | { ok: true; token: string; accountId: string; mustChangePassword: boolean }
  | { ok: false; message: string; throttled: boolean };

/**
 * The account of this login and, in the same query, the live one-time password the typed password
 * is, if any — one that has not signed in yet (HMAC lookup, lib/accounts/tokens.ts rules). One query
 * on every path, found or not, so the time does not tell whether a login exists.
 */
async function findByLogin(db: Db, tenantId: string, login: string, password: string): Promise<{ account: Account | null; otpId: string | null }> {
  const [row] = await db
    .select({ account: accounts, otpId: authTokens.id })
    .from(accounts)
    .leftJoin(
      authTokens,
      and(
        eq(authTokens.accountId, accounts.id),
        eq(authTokens.tokenHash, password.length === 0 || password.length > 64 ? "" : hmacSecret(password)),
        eq(authTokens.purpose, "one_time_password"),
        isNull(authTokens.usedAt),
        isNull(authTokens.sessionId),
        gt(authTokens.expiresAt, now()),
      ),
    )
    .where(and(eq(accounts.tenantId, tenantId), sql`lower(${accounts.login}) = ${login.toLowerCase()}`))
    .limit(1);
  return { account: row?.account ?? null, otpId: row?.otpId ?? null };
}

/** 127.0.0.0/8 and ::1, also IPv4-mapped. */

/**
 * Per address and per login. An unknown or loopback address is not counted per address: it is this
 * machine itself (a proxy in front names the real client in X-Forwarded-For, which Next keeps), and
 * one shared bucket would let anybody throttle everybody. The per-login limit holds for all.
 */
async function underLimits(db: Db, tenantId: string, login: string, ip: string | null): Promise<boolean> {
  const [byLogin, byAddress] = await hitRateLimits(db, [
    { rule: signInRules.byLogin, subject: `${tenantId}:${login.toLowerCase()}` },
    { rule: signInRules.byAddress, subject: countsPerAddress(ip) ? ip : null },
  ]);
  return byLogin!.allowed && byAddress!.allowed;
}

class OneTimePasswordTaken extends Error {}

type Outcome = "password" | "one-time-password" | "unknown-login" | "not-active" | "locked" | "wrong-password";

function judge(account: Account | null, passwordOk: boolean, otpOk: boolean): Outcome {
  if (!account) return "unknown-login";
  if (account.status !== "active") return "not-active";
  if (otpOk) return "one-time-password";
  if (isLocked(account)) return "locked";
  return passwordOk ? "password" : "wrong-password";
}

export async function signInWithPassword(db: Db, tenant: Tenant, input: { login: string; password: string }, request: RequestMeta): Promise<SignInResult> {
  const failed: SignInResult = { ok: false, message: signInFailedMessage(tenant), throttled: false };
  // The counters and the lookup are independent reads/writes: both in flight at once. A throttled
  // attempt still stops here, before the password is verified.
  const [allowed, { account, otpId }] = await Promise.all([underLimits(db, tenant.id, input.login, request.ip), findByLogin(db, tenant.id, input.login, input.password)]);
  if (!allowed) return { ok: false, message: THROTTLED_MESSAGE, throttled: true };

  const passwordOk = account?.passwordHash ? await verifySecret(account.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  const outcome = judge(account, passwordOk, otpId !== null);
  const base = { tenantId: tenant.id, ip: request.ip, userAgent: request.userAgent };

  if (!account || (outcome !== "password" && outcome !== "one-time-password")) {
    await db.transaction(async (tx) => {
      await recordFailure(tx, tenant, account, outcome === "wrong-password", request);
      await audit(tx, {
        ...base,
        actorKind: "anonymous",
        actorId: null,
        action: "signin.failed",
        targetKind: account ? "account" : null,
        targetId: account?.id ?? null,
        // The stored login of a matched account only: what was typed might be a password typed in the wrong field (S20).
        details: { reason: outcome, ...(account ? { login: account.login } : {}) },
      });
    });
    return failed;
  }

  const viaOtp = outcome === "one-time-password";
  // The three writes are independent: sent together, they share one round trip inside the transaction.
  const token = await db.transaction(async (tx) => {
    const [, session] = await Promise.all([
      tx
        .update(accounts)
        .set({
          lastLoginAt: now(),
          failedAttempts: 0,
          ...(viaOtp ? { mustChangePassword: true, passwordHash: null, lockedAt: null } : {}),
        })
        .where(and(eq(accounts.id, account.id), eq(accounts.tenantId, tenant.id))),
      // A new session id on every sign-in (S09); the cookie carries only its token.
      createSession(tx, { tenantId: tenant.id, accountId: account.id, ip: request.ip, userAgent: request.userAgent }),
      auditCustomer({ db: tx, tenant, accountId: account.id }, request, {
        action: "signin.ok",
        targetKind: "account",
        targetId: account.id,
        details: { method: outcome, ...(viaOtp && account.lockedAt ? { unlocked: true } : {}) },
      }),
    ]);
    // S27: the one-time password is this session's now. Lost to a parallel sign-in with the same one: all undone.
    if (viaOtp && !(await claimOneTimePasswordForSession(tx, otpId!, session.session.id))) throw new OneTimePasswordTaken();
    return session.token;
  }).catch((error: unknown) => {
    if (error instanceof OneTimePasswordTaken) return null;
    throw error;
  });
  if (!token) return failed;
  return { ok: true, token, accountId: account.id, mustChangePassword: viaOtp || account.mustChangePassword };
}
