import { and, eq, gt, isNull } from "drizzle-orm";
import { accounts, pendingSecondSteps, secondFactors, type Account, type SecondFactor } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import type { RequestMeta } from "@/lib/request/meta";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { hashToken } from "@/lib/auth/sessions";
import { hitRateLimit } from "@/lib/security/rate-limit";
import { isLocked, MAX_FAILED_ATTEMPTS, recordFailure } from "@/lib/accounts/lockout";
import { completeSignIn, signInFailedMessage } from "@/lib/accounts/sign-in";
import { emailCodeSendRule, rememberDevice, sendEmailCode, spendSecondFactorCode, type FirstStep, type SecondFactorMethod } from "@/lib/accounts/second-factor";

/**
 * The second step of a sign-in (docs/accounts.md §15, S32): the browser brings the pending step's
 * token (an httpOnly cookie) and a code. A wrong code counts toward the lock like a wrong password;
 * the right one ends the pending step and creates the session through completeSignIn — the same
 * function as a sign-in without a second factor.
 */
export const secondStepRule = { name: "second-step-account", limit: 10, windowSeconds: 300 };

export const STEP_EXPIRED = "Czas na wpisanie kodu minął albo logowanie zostało przerwane. Zaloguj się ponownie.";
export const WRONG_SIGN_IN_CODE = `Nieprawidłowy kod. Po ${MAX_FAILED_ATTEMPTS} błędnych próbach (hasła lub kodu) konto zostaje zablokowane.`;
export const STEP_THROTTLED = "Zbyt wiele prób. Spróbuj ponownie za kilka minut.";

export type PendingStepView = { id: string; account: Account; factor: SecondFactor; first: FirstStep };

/** The live pending step of this browser on this tenant, with its account and factor; null when there is none. */
export async function pendingStepOf(db: Db, tenant: Tenant, token: string | null | undefined): Promise<PendingStepView | null> {
  if (!token || token.length > 100) return null;
  const [row] = await db
    .select({ step: pendingSecondSteps, account: accounts, factor: secondFactors })
    .from(pendingSecondSteps)
    .innerJoin(accounts, and(eq(accounts.id, pendingSecondSteps.accountId), eq(accounts.tenantId, tenant.id)))
    .innerJoin(secondFactors, eq(secondFactors.accountId, accounts.id))
    .where(
      and(
        eq(pendingSecondSteps.id, hashToken(token)),
        eq(pendingSecondSteps.tenantId, tenant.id),
        isNull(pendingSecondSteps.usedAt),
        gt(pendingSecondSteps.expiresAt, now()),
      ),
    )
    .limit(1);
  if (!row || !row.factor.enabledAt || row.account.status !== "active") return null;
  const first: FirstStep =
    row.step.method === "one-time-password" && row.step.oneTimePasswordId
      ? { method: "one-time-password", otpId: row.step.oneTimePasswordId }
      : { method: "password" };
  // A lock (wrong codes, or wrong passwords elsewhere) ends a password sign-in; a one-time password lifts it (docs/accounts.md §7).
  if (first.method === "password" && isLocked(row.account)) return null;
  return { id: row.step.id, account: row.account, factor: row.factor, first };
}

const endStep = (db: Db, id: string) =>
  db
    .update(pendingSecondSteps)
    .set({ usedAt: now() })
    .where(and(eq(pendingSecondSteps.id, id), isNull(pendingSecondSteps.usedAt)))
    .returning({ id: pendingSecondSteps.id });

export type SecondStepResult =
  { ok: true; token: string; accountId: string; mustChangePassword: boolean; deviceToken: string | null } | { ok: false; message: string; ended: boolean };

export async function completeSecondStep(
  db: Db,
  tenant: Tenant,
  stepToken: string | null | undefined,
  input: { code: string; remember: boolean },
  request: RequestMeta,
): Promise<SecondStepResult> {
  const pending = await pendingStepOf(db, tenant, stepToken);
  if (!pending) return { ok: false, message: STEP_EXPIRED, ended: true };
  const { account, factor } = pending;
  if (!(await hitRateLimit(db, secondStepRule, account.id)).allowed) return { ok: false, message: STEP_THROTTLED, ended: false };

  const used = await spendSecondFactorCode(db, factor, input.code, "sign-in", pending.id);
  if (!used) {
    const { locked } = await db.transaction(async (tx) => {
      const result = await recordFailure(tx, tenant, account, true, request);
      await audit(tx, {
        tenantId: tenant.id,
        actorKind: "anonymous",
        actorId: null,
        action: "signin.failed",
        targetKind: "account",
        targetId: account.id,
        ip: request.ip,
        userAgent: request.userAgent,
        details: { reason: "wrong-code", login: account.login },
      });
      return result;
    });
    if (locked) {
      await endStep(db, pending.id);
      return { ok: false, message: signInFailedMessage(tenant), ended: true };
    }
    return { ok: false, message: WRONG_SIGN_IN_CODE, ended: false };
  }

  // Used once: of two submissions with good codes, one signs in.
  if ((await endStep(db, pending.id)).length === 0) return { ok: false, message: STEP_EXPIRED, ended: true };
  const result = await completeSignIn(db, tenant, account, pending.first, request, { secondFactor: used });
  if (!result.ok) return { ok: false, message: result.message, ended: true };
  const deviceToken = input.remember ? await rememberDevice(db, tenant.id, account.id, request.userAgent) : null;
  return { ok: true, token: result.token, accountId: account.id, mustChangePassword: result.mustChangePassword, deviceToken };
}

/** "Wyślij kod ponownie" for the e-mail method: a new code for this pending step, the older one void. */
export async function resendSignInCode(db: Db, tenant: Tenant, stepToken: string | null | undefined): Promise<{ ok: boolean; message: string }> {
  const pending = await pendingStepOf(db, tenant, stepToken);
  if (!pending) return { ok: false, message: STEP_EXPIRED };
  if (pending.factor.method !== "email") return { ok: false, message: "Kod znajdziesz w aplikacji uwierzytelniającej." };
  if (!(await hitRateLimit(db, emailCodeSendRule, pending.account.id)).allowed) return { ok: false, message: STEP_THROTTLED };
  await sendEmailCode(db, tenant, pending.account, "sign-in", pending.id);
  return { ok: true, message: "Wysłaliśmy nowy kod. Poprzedni kod przestał działać." };
}

export const methodOf = (view: PendingStepView): SecondFactorMethod => (view.factor.method === "email" ? "email" : "totp");
