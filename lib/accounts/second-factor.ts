import { randomBytes, randomInt } from "node:crypto";
import { and, desc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import {
  pendingSecondSteps,
  rememberedDevices,
  secondFactorEmailCodes,
  secondFactorRecoveryCodes,
  secondFactors,
  type Account,
  type SecondFactor,
} from "@/db/schema";
import type { Db, DbOrTx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import type { CustomerScope } from "@/lib/auth/customer-scope";
import type { RequestMeta } from "@/lib/request/meta";
import { addMinutes, now } from "@/lib/clock";
import { auditCustomer } from "@/lib/audit";
import { hmacSecret } from "@/lib/auth/secret";
import { hashToken } from "@/lib/auth/sessions";
import { verifySecret } from "@/lib/auth/password-hash";
import { sendEmail } from "@/lib/email/send";
import { hitRateLimit } from "@/lib/security/rate-limit";
import { acceptTotp, newTotpSecret, normalizeCode, totpQrDataUrl } from "@/lib/security/totp";
import { open, seal } from "@/lib/security/secret-box";
import { configuredTotpKeyring, keysOf } from "@/lib/staff/totp-secret";

/**
 * A customer's optional second factor (docs/accounts.md §15, S32): an authenticator app (TOTP) or a
 * code by e-mail, ten single-use recovery codes, turned on and off in Ustawienia → Bezpieczeństwo.
 * Every code is single-use: a TOTP code's step is remembered, an e-mail or recovery code is marked
 * used by a conditional update, so two parallel submissions cannot both pass.
 */
export type SecondFactorMethod = "totp" | "email";
export const EMAIL_CODE_MINUTES = 10;
export const EMAIL_CODE_ATTEMPTS = 5;
export const RECOVERY_CODE_COUNT = 10;

export const WRONG_CODE = "Nieprawidłowy kod. Sprawdź kod i spróbuj ponownie.";
export const CODE_THROTTLED = "Zbyt wiele prób. Spróbuj ponownie za kilka minut.";
export const WRONG_PASSWORD = "Hasło jest nieprawidłowe.";

/** Checking codes in Ustawienia (enrolment, turning off): per account, like the password change. */
export const settingsCodeRule = { name: "second-factor-settings", limit: 10, windowSeconds: 900 };
/** E-mail codes sent (sign-in, enrolment, turning off): per account. */
export const emailCodeSendRule = { name: "second-factor-email-send", limit: 5, windowSeconds: 900 };

// ——— storage ———

const totpContext = (accountId: string) => `customer-totp:${accountId}`;
/** The TOTP secret sealed like the staff's (S30), bound to its account. */
export const sealCustomerTotp = (accountId: string, secret: string) => seal(secret, configuredTotpKeyring().current, totpContext(accountId));
export const openCustomerTotp = (accountId: string, stored: string) => open(stored, keysOf(configuredTotpKeyring()), totpContext(accountId));

export async function secondFactorOf(db: DbOrTx, tenantId: string, accountId: string): Promise<SecondFactor | null> {
  const [row] = await db
    .select()
    .from(secondFactors)
    .where(and(eq(secondFactors.tenantId, tenantId), eq(secondFactors.accountId, accountId)))
    .limit(1);
  return row ?? null;
}

export const isOn = (factor: SecondFactor | null): factor is SecondFactor & { enabledAt: Date } => Boolean(factor?.enabledAt);

/** "ab3k7-q9x2m": 50 random bits, letters and digits without look-alikes. */
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
function recoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}
/** A recovery code as typed: any case, with or without the dash and spaces. */
export const normalizeRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]+/g, "");
export const looksLikeRecoveryCode = (code: string) => /^[a-z0-9]{10}$/.test(normalizeRecoveryCode(code)) && !/^\d+$/.test(normalizeRecoveryCode(code));

async function issueRecoveryCodes(db: DbOrTx, tenantId: string, accountId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, recoveryCode);
  await db.delete(secondFactorRecoveryCodes).where(eq(secondFactorRecoveryCodes.accountId, accountId));
  await db.insert(secondFactorRecoveryCodes).values(codes.map((code) => ({ tenantId, accountId, codeHash: hmacSecret(normalizeRecoveryCode(code)) })));
  return codes;
}

/** Uses up a recovery code of the account; true when it was live (and is now used). */
export async function spendRecoveryCode(db: DbOrTx, accountId: string, code: string): Promise<boolean> {
  if (!looksLikeRecoveryCode(code)) return false;
  const used = await db
    .update(secondFactorRecoveryCodes)
    .set({ usedAt: now() })
    .where(
      and(
        eq(secondFactorRecoveryCodes.accountId, accountId),
        eq(secondFactorRecoveryCodes.codeHash, hmacSecret(normalizeRecoveryCode(code))),
        isNull(secondFactorRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: secondFactorRecoveryCodes.id });
  return used.length === 1;
}

export async function unusedRecoveryCodes(db: DbOrTx, accountId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(secondFactorRecoveryCodes)
    .where(and(eq(secondFactorRecoveryCodes.accountId, accountId), isNull(secondFactorRecoveryCodes.usedAt)));
  return row?.n ?? 0;
}

/** Uses a TOTP code of an enabled factor; the step is claimed conditionally (single-use). */
export async function spendTotpCode(db: DbOrTx, factor: SecondFactor, code: string): Promise<boolean> {
  if (!factor.totpSecret) return false;
  const step = await acceptTotp(openCustomerTotp(factor.accountId, factor.totpSecret), code, factor.totpLastStep ?? null);
  if (step === null) return false;
  const claimed = await db
    .update(secondFactors)
    .set({ totpLastStep: step })
    .where(and(eq(secondFactors.accountId, factor.accountId), sql`coalesce(${secondFactors.totpLastStep}, -1) < ${step}`))
    .returning({ id: secondFactors.accountId });
  return claimed.length === 1;
}

// ——— e-mail codes ———

type EmailCodePurpose = "sign-in" | "enable" | "disable";

/** A new six-digit code by e-mail; older live codes of the same purpose (and sign-in) stop working. */
export async function sendEmailCode(
  db: DbOrTx,
  tenant: Tenant,
  account: Pick<Account, "id" | "login" | "email">,
  purpose: EmailCodePurpose,
  stepId: string | null = null,
): Promise<void> {
  const code = String(randomInt(1_000_000)).padStart(6, "0");
  const at = now();
  const expiresAt = addMinutes(at, EMAIL_CODE_MINUTES);
  await db
    .update(secondFactorEmailCodes)
    .set({ usedAt: at })
    .where(and(eq(secondFactorEmailCodes.accountId, account.id), eq(secondFactorEmailCodes.purpose, purpose), isNull(secondFactorEmailCodes.usedAt)));
  await db.insert(secondFactorEmailCodes).values({ tenantId: tenant.id, accountId: account.id, purpose, stepId, codeHash: hmacSecret(code), expiresAt });
  await sendEmail(db, { tenant, to: account.email, template: { name: "second-factor-code", props: { login: account.login, code, purpose, expiresAt } } });
}

/**
 * Uses the newest live e-mail code of this purpose (and sign-in step): each try counts, the fifth
 * wrong one ends the code, a right one is marked used in the same statement.
 */
export async function spendEmailCode(db: DbOrTx, accountId: string, purpose: EmailCodePurpose, code: string, stepId: string | null = null): Promise<boolean> {
  const typed = normalizeCode(code);
  const [live] = await db
    .select()
    .from(secondFactorEmailCodes)
    .where(
      and(
        eq(secondFactorEmailCodes.accountId, accountId),
        eq(secondFactorEmailCodes.purpose, purpose),
        stepId ? eq(secondFactorEmailCodes.stepId, stepId) : isNull(secondFactorEmailCodes.stepId),
        isNull(secondFactorEmailCodes.usedAt),
        gt(secondFactorEmailCodes.expiresAt, now()),
        lt(secondFactorEmailCodes.attempts, EMAIL_CODE_ATTEMPTS),
      ),
    )
    .orderBy(desc(secondFactorEmailCodes.createdAt))
    .limit(1);
  if (!live) return false;
  const right = /^\d{6}$/.test(typed) && hmacSecret(typed) === live.codeHash;
  const [row] = await db
    .update(secondFactorEmailCodes)
    .set({ attempts: sql`${secondFactorEmailCodes.attempts} + 1`, ...(right ? { usedAt: now() } : {}) })
    .where(and(eq(secondFactorEmailCodes.id, live.id), isNull(secondFactorEmailCodes.usedAt), lt(secondFactorEmailCodes.attempts, EMAIL_CODE_ATTEMPTS)))
    .returning({ id: secondFactorEmailCodes.id });
  return right && Boolean(row);
}

/**
 * A code that proves the second factor of an enabled account: from the app (TOTP), from the e-mail
 * sent for `purpose`, or one of the recovery codes. Each is used up.
 */
export async function spendSecondFactorCode(
  db: DbOrTx,
  factor: SecondFactor,
  code: string,
  purpose: "sign-in" | "disable",
  stepId: string | null = null,
): Promise<"totp" | "email" | "recovery" | null> {
  if (looksLikeRecoveryCode(code)) return (await spendRecoveryCode(db, factor.accountId, code)) ? "recovery" : null;
  if (factor.method === "totp") return (await spendTotpCode(db, factor, code)) ? "totp" : null;
  return (await spendEmailCode(db, factor.accountId, purpose, code, stepId)) ? "email" : null;
}

// ——— remembered devices ———

export const DEVICE_DAYS = 30;

export async function rememberDevice(db: DbOrTx, tenantId: string, accountId: string, userAgent: string | null): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const at = now();
  await db.insert(rememberedDevices).values({
    id: hashToken(token),
    tenantId,
    accountId,
    expiresAt: new Date(at.getTime() + DEVICE_DAYS * 24 * 3600 * 1000),
    userAgent: userAgent?.slice(0, 400) ?? null,
  });
  return token;
}

/** Whether this browser's device token is a live remembered device of the account. */
export async function isRememberedDevice(db: DbOrTx, tenantId: string, accountId: string, token: string | null | undefined): Promise<boolean> {
  if (!token || token.length > 100) return false;
  const [row] = await db
    .select({ id: rememberedDevices.id })
    .from(rememberedDevices)
    .where(
      and(
        eq(rememberedDevices.id, hashToken(token)),
        eq(rememberedDevices.tenantId, tenantId),
        eq(rememberedDevices.accountId, accountId),
        isNull(rememberedDevices.revokedAt),
        gt(rememberedDevices.expiresAt, now()),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** Every remembered device of the account stops skipping the second step (password change, turning off, staff reset). */
export async function forgetDevices(db: DbOrTx, accountId: string): Promise<void> {
  await db
    .update(rememberedDevices)
    .set({ revokedAt: now() })
    .where(and(eq(rememberedDevices.accountId, accountId), isNull(rememberedDevices.revokedAt)));
}

// ——— Ustawienia → Bezpieczeństwo ———

type Who = { scope: CustomerScope; account: Account; request: RequestMeta };
export type SettingsResult<T = undefined> = { ok: true; value: T } | { ok: false; fieldErrors?: Record<string, string[]>; formError?: string };

const notice = (db: DbOrTx, tenant: Tenant, account: Account, change: "enabled-totp" | "enabled-email" | "disabled" | "reset") =>
  sendEmail(db, { tenant, to: account.email, template: { name: "second-factor-changed", props: { login: account.login, change, at: now() } } });

const audited = (db: DbOrTx, who: Who, action: string, details: Record<string, unknown>) =>
  auditCustomer({ db, tenant: who.scope.tenant, accountId: who.account.id }, who.request, { action, targetKind: "account", targetId: who.account.id, details });

/** Starts (or continues) the app enrolment: the secret is made once and kept sealed until confirmed, so a reload shows the same. */
export async function startTotpEnrolment({ scope, account }: Pick<Who, "scope" | "account">): Promise<{ secret: string; qr: string } | null> {
  const factor = await secondFactorOf(scope.db, scope.tenant.id, account.id);
  if (isOn(factor)) return null;
  let secret: string;
  if (factor?.method === "totp" && factor.totpSecret) secret = openCustomerTotp(account.id, factor.totpSecret);
  else {
    secret = await newTotpSecret();
    const values = { method: "totp" as const, totpSecret: sealCustomerTotp(account.id, secret), totpLastStep: null, enabledAt: null };
    await scope.db
      .insert(secondFactors)
      .values({ accountId: account.id, tenantId: scope.tenant.id, ...values })
      .onConflictDoUpdate({ target: secondFactors.accountId, set: values, where: isNull(secondFactors.enabledAt) });
  }
  return { secret, qr: await totpQrDataUrl(secret, account.login, scope.tenant.names.product) };
}

async function enable(db: Db, who: Who, method: SecondFactorMethod, step: number | null): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx
      .update(secondFactors)
      .set({ enabledAt: now(), totpLastStep: step })
      .where(and(eq(secondFactors.accountId, who.account.id), eq(secondFactors.tenantId, who.scope.tenant.id)));
    const codes = await issueRecoveryCodes(tx, who.scope.tenant.id, who.account.id);
    await notice(tx, who.scope.tenant, who.account, method === "totp" ? "enabled-totp" : "enabled-email");
    await audited(tx, who, "second_factor.enabled", { method });
    return codes;
  });
}

/** The first code from the app turns the factor on; returns the ten recovery codes, to be shown once. */
export async function confirmTotpEnrolment(who: Who, code: string): Promise<SettingsResult<string[]>> {
  const { db, tenant } = who.scope;
  const factor = await secondFactorOf(db, tenant.id, who.account.id);
  if (isOn(factor) || factor?.method !== "totp" || !factor.totpSecret) return { ok: false, formError: "Rozpocznij włączanie weryfikacji dwuetapowej od nowa." };
  if (!(await hitRateLimit(db, settingsCodeRule, who.account.id)).allowed) return { ok: false, formError: CODE_THROTTLED };
  const step = await acceptTotp(openCustomerTotp(who.account.id, factor.totpSecret), code, null);
  if (step === null) return { ok: false, fieldErrors: { code: [WRONG_CODE] } };
  return { ok: true, value: await enable(db, who, "totp", step) };
}

/** The e-mail method: a code goes to the account's address, and typing it turns the factor on. */
export async function startEmailEnrolment(who: Who): Promise<SettingsResult> {
  const { db, tenant } = who.scope;
  const factor = await secondFactorOf(db, tenant.id, who.account.id);
  if (isOn(factor)) return { ok: false, formError: "Weryfikacja dwuetapowa jest już włączona." };
  if (!(await hitRateLimit(db, emailCodeSendRule, who.account.id)).allowed) return { ok: false, formError: CODE_THROTTLED };
  await db.transaction(async (tx) => {
    const values = { method: "email" as const, totpSecret: null, totpLastStep: null, enabledAt: null };
    await tx
      .insert(secondFactors)
      .values({ accountId: who.account.id, tenantId: tenant.id, ...values })
      .onConflictDoUpdate({ target: secondFactors.accountId, set: values, where: isNull(secondFactors.enabledAt) });
    await sendEmailCode(tx, tenant, who.account, "enable");
  });
  return { ok: true, value: undefined };
}

export async function confirmEmailEnrolment(who: Who, code: string): Promise<SettingsResult<string[]>> {
  const { db, tenant } = who.scope;
  const factor = await secondFactorOf(db, tenant.id, who.account.id);
  if (isOn(factor) || factor?.method !== "email") return { ok: false, formError: "Rozpocznij włączanie weryfikacji dwuetapowej od nowa." };
  if (!(await hitRateLimit(db, settingsCodeRule, who.account.id)).allowed) return { ok: false, formError: CODE_THROTTLED };
  if (!(await spendEmailCode(db, who.account.id, "enable", code))) return { ok: false, fieldErrors: { code: [WRONG_CODE] } };
  return { ok: true, value: await enable(db, who, "email", null) };
}

/** For the e-mail method, turning off needs a code sent for that purpose. */
export async function sendDisableCode(who: Who): Promise<SettingsResult> {
  const { db, tenant } = who.scope;
  const factor = await secondFactorOf(db, tenant.id, who.account.id);
  if (!isOn(factor)) return { ok: false, formError: "Weryfikacja dwuetapowa nie jest włączona." };
  if (!(await hitRateLimit(db, emailCodeSendRule, who.account.id)).allowed) return { ok: false, formError: CODE_THROTTLED };
  await sendEmailCode(db, tenant, who.account, "disable");
  return { ok: true, value: undefined };
}

/** Removes the factor, its codes and remembered devices (inside the caller's transaction). */
async function removeFactor(tx: DbOrTx, tenantId: string, accountId: string): Promise<void> {
  await tx.delete(secondFactors).where(and(eq(secondFactors.tenantId, tenantId), eq(secondFactors.accountId, accountId)));
  await tx.delete(secondFactorRecoveryCodes).where(eq(secondFactorRecoveryCodes.accountId, accountId));
  await tx.delete(secondFactorEmailCodes).where(eq(secondFactorEmailCodes.accountId, accountId));
  await forgetDevices(tx, accountId);
}

/** Turning off needs the password and a code (from the app, the e-mail, or a recovery code). */
export async function disableSecondFactor(who: Who, input: { password: string; code: string }): Promise<SettingsResult> {
  const { db, tenant } = who.scope;
  const factor = await secondFactorOf(db, tenant.id, who.account.id);
  if (!isOn(factor)) return { ok: false, formError: "Weryfikacja dwuetapowa nie jest włączona." };
  if (!(await hitRateLimit(db, settingsCodeRule, who.account.id)).allowed) return { ok: false, formError: CODE_THROTTLED };
  const passwordOk = Boolean(input.password) && who.account.passwordHash !== null && (await verifySecret(who.account.passwordHash, input.password));
  if (!passwordOk) {
    await audited(db, who, "second_factor.disable_failed", { reason: "password" });
    return { ok: false, fieldErrors: { password: [WRONG_PASSWORD] } };
  }
  if (!(await spendSecondFactorCode(db, factor, input.code, "disable"))) {
    await audited(db, who, "second_factor.disable_failed", { reason: "code" });
    return { ok: false, fieldErrors: { code: [WRONG_CODE] } };
  }
  await db.transaction(async (tx) => {
    await removeFactor(tx, tenant.id, who.account.id);
    await notice(tx, tenant, who.account, "disabled");
    await audited(tx, who, "second_factor.disabled", { method: factor.method });
  });
  return { ok: true, value: undefined };
}

/** Staff's "Resetuj drugi składnik" (docs/console.md §11): the caller audits; the owner is told by e-mail. */
export async function resetSecondFactor(tx: DbOrTx, tenant: Tenant, account: Account): Promise<boolean> {
  const factor = await secondFactorOf(tx, tenant.id, account.id);
  if (!factor) return false;
  await removeFactor(tx, tenant.id, account.id);
  if (factor.enabledAt) await notice(tx, tenant, account, "reset");
  return factor.enabledAt !== null;
}

// ——— the pending second step of a sign-in ———

export const PENDING_STEP_MINUTES = 10;
export type FirstStep = { method: "password" } | { method: "one-time-password"; otpId: string };
export type PendingStep = { token: string; method: SecondFactorMethod };

/**
 * The password was right and the account has a second factor: no session yet, only a short-lived
 * record bound to this browser by a random token (its SHA-256 is the id). The e-mail method sends
 * its code now.
 */
export async function createPendingStep(
  db: Db,
  tenant: Tenant,
  account: Account,
  first: FirstStep,
  method: SecondFactorMethod,
  request: RequestMeta,
): Promise<PendingStep> {
  const token = randomBytes(32).toString("base64url");
  const at = now();
  await db.transaction(async (tx) => {
    await tx.insert(pendingSecondSteps).values({
      id: hashToken(token),
      tenantId: tenant.id,
      accountId: account.id,
      method: first.method,
      oneTimePasswordId: first.method === "one-time-password" ? first.otpId : null,
      expiresAt: addMinutes(at, PENDING_STEP_MINUTES),
      ip: request.ip,
      userAgent: request.userAgent?.slice(0, 400) ?? null,
    });
    if (method === "email") await sendEmailCode(tx, tenant, account, "sign-in", hashToken(token));
    await auditCustomer({ db: tx, tenant, accountId: account.id }, request, {
      action: "signin.second_step",
      targetKind: "account",
      targetId: account.id,
      details: { method, first: first.method },
    });
  });
  return { token, method };
}

// ——— what Ustawienia → Bezpieczeństwo shows ———

export type SecurityView =
  | { state: "off" }
  | { state: "pending-totp"; secret: string; qr: string }
  | { state: "pending-email" }
  | { state: "on"; method: SecondFactorMethod; enabledAt: Date; recoveryCodesLeft: number };

/** Read-only: the page shows the enrolment in progress (the same secret on every reload) or the factor that is on. */
export async function securityView({ db, tenant }: CustomerScope, account: Pick<Account, "id" | "login">): Promise<SecurityView> {
  const factor = await secondFactorOf(db, tenant.id, account.id);
  if (!factor) return { state: "off" };
  if (isOn(factor)) return { state: "on", method: factor.method, enabledAt: factor.enabledAt, recoveryCodesLeft: await unusedRecoveryCodes(db, account.id) };
  if (factor.method === "email") return { state: "pending-email" };
  if (!factor.totpSecret) return { state: "off" };
  const secret = openCustomerTotp(account.id, factor.totpSecret);
  return { state: "pending-totp", secret, qr: await totpQrDataUrl(secret, account.login, tenant.names.product) };
}
