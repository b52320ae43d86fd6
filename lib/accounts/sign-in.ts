import { and, eq } from "drizzle-orm";
import { accounts, type Account } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import { now } from "@/lib/clock";
import { audit, auditCustomer, auditRow, customerAuditEvent } from "@/lib/audit";
import { verifyAgainstDummy, verifySecret } from "@/lib/auth/password-hash";
import { createSession, newSession } from "@/lib/auth/sessions";
import { hmacSecret } from "@/lib/auth/secret";
import { claimOneTimePasswordForSession } from "@/lib/accounts/tokens";
import { countedHits, countsPerAddress, type RateRule } from "@/lib/security/rate-limit";
import { signInStatements } from "@/lib/accounts/sign-in-statements";
import { isLocked, MAX_FAILED_ATTEMPTS, recordFailure } from "@/lib/accounts/lockout";
import type { RequestMeta } from "@/lib/request/meta";
import { createPendingStep, isRememberedDevice, type FirstStep, type PendingStep, type SecondFactorMethod } from "@/lib/accounts/second-factor";

/**
 * Sign-in (docs/accounts.md §6, S06–S09). One function, no Next: the action in components/auth only turns its
 * result into a cookie and a redirect.
 *
 * - Every path costs exactly one argon2 verification (an unknown login verifies against a dummy
 *   hash) and one cheap one-time-password lookup, so the time does not tell whether a login exists.
 * - Unknown login, wrong password, a locked or an unactivated account: one and the same message.
 * - A live one-time password signs in and forces "Wymagana zmiana hasła": the old password stops
 *   working now, and the lock is lifted, because the owner has just proved the e-mail. It signs in
 *   once (S27): the sign-in binds it to the new session, which alone may still complete the change
 *   with it; whoever lost that session asks for a new one-time password.
 * - An account with a second factor (docs/accounts.md §15, S32) gets no session yet, whichever way
 *   the first step was passed: a pending second step instead, unless this browser is a remembered
 *   device of the account. The session is created by completeSignIn, after the second step too.
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
  | { ok: false; message: string; throttled: boolean; secondStep?: undefined }
  /** The password was right; the second step (a code) is still to come: no session exists yet. */
  | { ok: false; message: string; throttled: false; secondStep: PendingStep };

/**
 * One statement on every path, found or not (so the time does not tell whether a login exists): it
 * counts this attempt per login and per address (lib/security/rate-limit.ts), and reads the account
 * of this login with the live one-time password the typed password is, if any — one that has not
 * signed in yet (HMAC lookup, lib/accounts/tokens.ts rules). Per address: an unknown or loopback
 * address is not counted (countsPerAddress); the per-login limit holds for all.
 */
async function lookUp(
  db: Db,
  tenantId: string,
  login: string,
  password: string,
  ip: string | null,
): Promise<{ allowed: boolean; account: Account | null; otpId: string | null; secondFactor: SecondFactorMethod | null }> {
  const counted = countedHits([
    { rule: signInRules.byLogin, subject: `${tenantId}:${login.toLowerCase()}` },
    { rule: signInRules.byAddress, subject: countsPerAddress(ip) ? ip : null },
  ]);
  const [byLoginRow, byAddressRow] = counted.rows;
  const statement = signInStatements(db).lookUp[byAddressRow ? 1 : 0];
  const [row] = await statement.execute({
    tenantId,
    login: login.toLowerCase(),
    otpHash: password.length === 0 || password.length > 64 ? "" : hmacSecret(password),
    at: now().toISOString(),
    bucket0: byLoginRow!.bucket,
    windowStart0: byLoginRow!.windowStart,
    ...(byAddressRow ? { bucket1: byAddressRow.bucket, windowStart1: byAddressRow.windowStart } : {}),
  });
  const [byLogin, byAddress] = counted.results(row?.hits ?? []);
  return {
    allowed: byLogin!.allowed && byAddress!.allowed,
    account: row?.account ?? null,
    otpId: row?.otpId ?? null,
    secondFactor: row?.secondFactor ?? null,
  };
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

export async function signInWithPassword(
  db: Db,
  tenant: Tenant,
  input: { login: string; password: string; deviceToken?: string | null },
  request: RequestMeta,
): Promise<SignInResult> {
  const failed: SignInResult = { ok: false, message: signInFailedMessage(tenant), throttled: false };
  // A throttled attempt stops here, before the password is verified.
  const { allowed, account, otpId, secondFactor } = await lookUp(db, tenant.id, input.login, input.password, request.ip);
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

  const first: FirstStep = outcome === "password" ? { method: "password" } : { method: "one-time-password", otpId: otpId! };
  if (secondFactor) {
    // A remembered device (docs/accounts.md §15) skips the code; anything else waits for it, recovery included.
    if (!(await isRememberedDevice(db, tenant.id, account.id, input.deviceToken))) {
      const secondStep = await createPendingStep(db, tenant, account, first, secondFactor, request);
      return { ok: false, message: "", throttled: false, secondStep };
    }
    return completeSignIn(db, tenant, account, first, request, { secondFactor: "device" });
  }
  return completeSignIn(db, tenant, account, first, request);
}

/**
 * Creates the session of a sign-in whose every step has passed (the password, and the second factor
 * where there is one): the one place a customer session starts after a sign-in.
 */
export async function completeSignIn(
  db: Db,
  tenant: Tenant,
  account: Account,
  first: FirstStep,
  request: RequestMeta,
  extra: Record<string, string> = {},
): Promise<SignInResult> {
  const failed: SignInResult = { ok: false, message: signInFailedMessage(tenant), throttled: false };
  const outcome = first.method;
  const otpId = first.method === "one-time-password" ? first.otpId : null;
  const customer = { tenant, accountId: account.id };
  const signedIn = { action: "signin.ok", targetKind: "account", targetId: account.id };
  if (outcome === "password") {
    // The usual path: the account touched, the session row and the audit entry in one prepared statement
    // (sign-in-statements.ts) — one round trip and one commit, the only writes after the verification.
    const session = newSession({ tenantId: tenant.id, accountId: account.id, ip: request.ip, userAgent: request.userAgent });
    const entry = auditRow(customerAuditEvent(customer, request, { ...signedIn, details: { method: outcome, ...extra } }));
    await signInStatements(db).signedIn.execute({
      at: session.values.createdAt,
      atText: session.values.createdAt!.toISOString(),
      tenantId: tenant.id,
      accountId: account.id,
      actorKind: entry.actorKind,
      actorId: entry.actorId ?? null,
      action: entry.action,
      targetKind: entry.targetKind ?? null,
      targetId: entry.targetId ?? null,
      ip: entry.ip ?? null,
      userAgent: entry.userAgent ?? null,
      details: entry.details ?? null,
      sessionId: session.values.id,
      expiresAt: session.values.expiresAt,
      sessionUserAgent: session.values.userAgent ?? null,
    });
    return { ok: true, token: session.token, accountId: account.id, mustChangePassword: account.mustChangePassword };
  }

  // A one-time password (S27): the old password stops working, the lock is lifted, and the one-time
  // password becomes this session's — lost to a parallel sign-in with the same one: all undone.
  const token = await db
    .transaction(async (tx) => {
      const [, session] = await Promise.all([
        tx
          .update(accounts)
          .set({ lastLoginAt: now(), failedAttempts: 0, mustChangePassword: true, passwordHash: null, lockedAt: null })
          .where(and(eq(accounts.id, account.id), eq(accounts.tenantId, tenant.id))),
        // A new session id on every sign-in (S09); the cookie carries only its token.
        createSession(tx, { tenantId: tenant.id, accountId: account.id, ip: request.ip, userAgent: request.userAgent }),
        auditCustomer({ ...customer, db: tx }, request, {
          ...signedIn,
          details: { method: outcome, ...extra, ...(account.lockedAt ? { unlocked: true } : {}) },
        }),
      ]);
      if (!(await claimOneTimePasswordForSession(tx, otpId!, session.session.id))) throw new OneTimePasswordTaken();
      return session.token;
    })
    .catch((error: unknown) => {
      if (error instanceof OneTimePasswordTaken) return null;
      throw error;
    });
  if (!token) return failed;
  return { ok: true, token, accountId: account.id, mustChangePassword: true };
}
