import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { accounts, emailOutbox, pendingSecondSteps, rememberedDevices, secondFactors, sessions } from "@/db/schema";
import { setClockOffsetSeconds } from "@/lib/clock";
import { checkSession, hashToken } from "@/lib/auth/sessions";
import { issueOneTimePassword } from "@/lib/accounts/tokens";
import { signInWithPassword } from "@/lib/accounts/sign-in";
import { changePassword } from "@/lib/accounts/change-password";
import { currentTotp, totpAhead } from "@/lib/security/totp";
import {
  confirmEmailEnrolment,
  confirmTotpEnrolment,
  disableSecondFactor,
  secondFactorOf,
  sendDisableCode,
  startEmailEnrolment,
  startTotpEnrolment,
  WRONG_CODE,
} from "@/lib/accounts/second-factor";
import { completeSecondStep, pendingStepOf, STEP_EXPIRED, WRONG_SIGN_IN_CODE } from "@/lib/accounts/second-step";
import { resetCustomerSecondFactor } from "@/lib/staff/customer-actions";
import { customerDetail } from "@/lib/staff/customer-detail";
import { createAccount, PASSWORD, request, tenant } from "@/tests/integration/sign-in-fixtures";
import { customerScope } from "@/tests/helpers/scope";
import { staffScope } from "@/tests/helpers/staff-scope";
import { auditRows } from "@/tests/helpers/audit";
import type { Account, HolderAccount } from "@/db/schema";

const handle = setupTestDb();
afterEach(() => {
  setClockOffsetSeconds(0);
  vi.useRealTimers();
});

const polo = tenant("polo");
const who = (account: HolderAccount) => ({ scope: customerScope(handle.db, "polo", account.customerId, account.id), account, request });

/** The templates sent to the account, oldest first. */
const mails = async (account: HolderAccount) =>
  (await handle.db.select().from(emailOutbox).where(eq(emailOutbox.to, account.email)).orderBy(emailOutbox.createdAt)).map((m) => m.template);

/** The six-digit code of the newest second-factor-code e-mail. */
async function mailedCode(account: HolderAccount): Promise<string> {
  const [mail] = await handle.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.to, account.email), eq(emailOutbox.template, "second-factor-code")))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1);
  return /Kod: (\d{6})/.exec(mail!.text)![1]!;
}

/** An account with the authenticator app turned on; returns its secret and recovery codes. */
async function withTotp() {
  const account = await createAccount(handle.db);
  const started = await startTotpEnrolment(who(account));
  const secret = started!.secret;
  const confirmed = await confirmTotpEnrolment(who(account), await currentTotp(secret));
  if (!confirmed.ok) throw new Error("enrolment failed");
  return { account, secret, recoveryCodes: confirmed.value };
}

async function withEmail() {
  const account = await createAccount(handle.db);
  expect((await startEmailEnrolment(who(account))).ok).toBe(true);
  const confirmed = await confirmEmailEnrolment(who(account), await mailedCode(account));
  if (!confirmed.ok) throw new Error("enrolment failed");
  return { account, recoveryCodes: confirmed.value };
}

/** The first step: right password, a pending second step (no session). */
async function firstStep(account: Account, extra: { deviceToken?: string; password?: string } = {}) {
  const result = await signInWithPassword(
    handle.db,
    polo,
    { login: account.login, password: extra.password ?? PASSWORD, deviceToken: extra.deviceToken },
    request,
  );
  if (result.ok || !result.secondStep) throw new Error(`expected a second step, got ${JSON.stringify(result)}`);
  return result.secondStep;
}

const sessionCount = async (account: HolderAccount) => (await handle.db.select().from(sessions).where(eq(sessions.accountId, account.id))).length;

/** 30 seconds on (the TOTP library reads the real time): the authenticator app shows the next code. */
function nextTotpStep(): void {
  vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 30_000 });
}

describe(`customers' second factor (docs/accounts.md §15, S32) (${testDbKind})`, () => {
  it("enables TOTP: a wrong first code is refused; the right one turns it on, seals the secret, gives ten recovery codes and e-mails a notice", async () => {
    const account = await createAccount(handle.db);
    const started = await startTotpEnrolment(who(account));
    expect(started!.qr).toMatch(/^data:image\/svg\+xml;base64,/);
    // The e2e suite's code generator agrees with the library's.
    expect(totpAhead(started!.secret, 0)).toBe(await currentTotp(started!.secret));
    // A reload shows the same secret until confirmed.
    expect((await startTotpEnrolment(who(account)))!.secret).toBe(started!.secret);
    expect(await confirmTotpEnrolment(who(account), "000000")).toEqual({ ok: false, fieldErrors: { code: [WRONG_CODE] } });
    const confirmed = await confirmTotpEnrolment(who(account), await currentTotp(started!.secret));
    expect(confirmed.ok).toBe(true);
    if (!confirmed.ok) return;
    expect(confirmed.value).toHaveLength(10);
    expect(new Set(confirmed.value).size).toBe(10);
    const factor = await secondFactorOf(handle.db, "polo", account.id);
    expect(factor).toMatchObject({ method: "totp" });
    expect(factor!.enabledAt).not.toBeNull();
    expect(factor!.totpSecret).not.toContain(started!.secret);
    expect(await mails(account)).toEqual(["second-factor-changed"]);
    expect(await auditRows(handle.db, "second_factor.enabled", "targetId", account.id)).toHaveLength(1);
  });

  it("signs in with TOTP: no session after the password, one after the code; the same code does not work twice", async () => {
    const { account, secret } = await withTotp();
    const step = await firstStep(account);
    expect(step.method).toBe("totp");
    expect(await sessionCount(account)).toBe(0);
    nextTotpStep();
    const code = await currentTotp(secret);
    const done = await completeSecondStep(handle.db, polo, step.token, { code, remember: false }, request);
    expect(done).toMatchObject({ ok: true, mustChangePassword: false, deviceToken: null });
    if (!done.ok) return;
    expect((await checkSession(handle.db, done.token, "polo")).ok).toBe(true);
    // The pending step is used up, and the code's step too.
    expect(await completeSecondStep(handle.db, polo, step.token, { code, remember: false }, request)).toEqual({
      ok: false,
      message: STEP_EXPIRED,
      ended: true,
    });
    const again = await firstStep(account);
    expect(await completeSecondStep(handle.db, polo, again.token, { code, remember: false }, request)).toEqual({
      ok: false,
      message: WRONG_SIGN_IN_CODE,
      ended: false,
    });
  });

  it("enables the e-mail method and signs in with an e-mailed code, single-use", async () => {
    const { account } = await withEmail();
    expect((await secondFactorOf(handle.db, "polo", account.id))!.method).toBe("email");
    const step = await firstStep(account);
    expect(step.method).toBe("email");
    const code = await mailedCode(account);
    const done = await completeSecondStep(handle.db, polo, step.token, { code, remember: false }, request);
    expect(done.ok).toBe(true);
    const again = await firstStep(account);
    // The earlier code belonged to the earlier sign-in.
    expect((await completeSecondStep(handle.db, polo, again.token, { code, remember: false }, request)).ok).toBe(false);
    const fresh = await mailedCode(account);
    expect((await completeSecondStep(handle.db, polo, again.token, { code: fresh, remember: false }, request)).ok).toBe(true);
  });

  it("a recovery code signs in once", async () => {
    const { account, recoveryCodes } = await withTotp();
    const code = recoveryCodes[0]!;
    const first = await completeSecondStep(handle.db, polo, (await firstStep(account)).token, { code: code.toUpperCase(), remember: false }, request);
    expect(first.ok).toBe(true);
    const second = await completeSecondStep(handle.db, polo, (await firstStep(account)).token, { code, remember: false }, request);
    expect(second).toEqual({ ok: false, message: WRONG_SIGN_IN_CODE, ended: false });
  });

  it("a remembered device skips the code for 30 days, and a password change revokes it", async () => {
    const { account, recoveryCodes } = await withTotp();
    const done = await completeSecondStep(handle.db, polo, (await firstStep(account)).token, { code: recoveryCodes[1]!, remember: true }, request);
    if (!done.ok || !done.deviceToken) throw new Error("expected a device token");
    const [device] = await handle.db.select().from(rememberedDevices).where(eq(rememberedDevices.accountId, account.id));
    expect(device!.id).toBe(hashToken(done.deviceToken));
    const skipped = await signInWithPassword(handle.db, polo, { login: account.login, password: PASSWORD, deviceToken: done.deviceToken }, request);
    expect(skipped.ok).toBe(true);
    // A device past its 30 days asks for the code again.
    setClockOffsetSeconds(31 * 24 * 3600);
    expect((await firstStep(account, { deviceToken: done.deviceToken })).method).toBe("totp");
    setClockOffsetSeconds(0);

    const [session] = await handle.db.select().from(sessions).where(eq(sessions.accountId, account.id)).limit(1);
    const [fresh] = await handle.db.select().from(accounts).where(eq(accounts.id, account.id));
    const changed = await changePassword(
      handle.db,
      polo,
      { currentPassword: PASSWORD, newPassword: "Nowe-Haslo-Zolte-77" },
      { account: fresh!, sessionId: session!.id, ...request },
    );
    expect(changed.status).toBe("success");
    const [revoked] = await handle.db.select().from(rememberedDevices).where(eq(rememberedDevices.accountId, account.id));
    expect(revoked!.revokedAt).not.toBeNull();
    expect((await firstStep(account, { deviceToken: done.deviceToken, password: "Nowe-Haslo-Zolte-77" })).method).toBe("totp");
  });

  it("five wrong codes lock the account: the lock e-mail, the pending step ended", async () => {
    const { account } = await withTotp();
    const step = await firstStep(account);
    for (let i = 0; i < 4; i++) {
      expect(await completeSecondStep(handle.db, polo, step.token, { code: "000000", remember: false }, request)).toEqual({
        ok: false,
        message: WRONG_SIGN_IN_CODE,
        ended: false,
      });
    }
    const last = await completeSecondStep(handle.db, polo, step.token, { code: "000000", remember: false }, request);
    expect(last).toMatchObject({ ok: false, ended: true });
    const [row] = await handle.db.select().from(accounts).where(eq(accounts.id, account.id));
    expect(row!.lockedAt).not.toBeNull();
    expect(await mails(account)).toContain("account-locked");
    expect(await pendingStepOf(handle.db, polo, step.token)).toBeNull();
    expect(await auditRows(handle.db, "signin.failed", "targetId", account.id)).toHaveLength(5);
  });

  it("recovery by one-time password still asks for the second factor, then forces the password change", async () => {
    const { account, recoveryCodes } = await withTotp();
    const otp = await issueOneTimePassword(handle.db, { tenantId: "polo", accountId: account.id });
    const step = await firstStep(account, { password: otp });
    expect(await sessionCount(account)).toBe(0);
    const [pending] = await handle.db
      .select()
      .from(pendingSecondSteps)
      .where(eq(pendingSecondSteps.id, hashToken(step.token)));
    expect(pending!.method).toBe("one-time-password");
    const done = await completeSecondStep(handle.db, polo, step.token, { code: recoveryCodes[2]!, remember: false }, request);
    expect(done).toMatchObject({ ok: true, mustChangePassword: true });
  });

  it("turning off needs the password and a code; the e-mail method sends its code", async () => {
    const { account } = await withEmail();
    expect(await disableSecondFactor(who(account), { password: "Zle-Haslo-1", code: "123456" })).toEqual({
      ok: false,
      fieldErrors: { password: ["Hasło jest nieprawidłowe."] },
    });
    expect(await disableSecondFactor(who(account), { password: PASSWORD, code: "123456" })).toEqual({ ok: false, fieldErrors: { code: [WRONG_CODE] } });
    expect((await sendDisableCode(who(account))).ok).toBe(true);
    expect((await disableSecondFactor(who(account), { password: PASSWORD, code: await mailedCode(account) })).ok).toBe(true);
    expect(await secondFactorOf(handle.db, "polo", account.id)).toBeNull();
    expect((await mails(account)).filter((t) => t === "second-factor-changed")).toHaveLength(2);
    expect((await signInWithPassword(handle.db, polo, { login: account.login, password: PASSWORD }, request)).ok).toBe(true);
  });

  it("staff see whether it is on and reset it from the console: audited, e-mailed, and the next sign-in needs only the password", async () => {
    const { account } = await withTotp();
    const staff = staffScope(handle.db, { id: randomUUID(), tenants: ["polo"] });
    const outsider = staffScope(handle.db, { id: randomUUID(), tenants: ["mpec"] });
    const shown = async () => (await customerDetail(staff, "polo", account.customerId, new Date()))!.accounts[0]!.secondFactor;
    expect(await shown()).toBe("totp");
    expect(await resetCustomerSecondFactor(outsider, { tenantId: "polo", accountId: account.id })).toEqual({ ok: false, reason: "not-found" });
    expect(await resetCustomerSecondFactor(staff, { tenantId: "polo", accountId: account.id })).toEqual({
      ok: true,
      login: account.login,
      email: account.email,
    });
    expect(await handle.db.select().from(secondFactors).where(eq(secondFactors.accountId, account.id))).toEqual([]);
    expect((await mails(account)).at(-1)).toBe("second-factor-changed");
    expect(await auditRows(handle.db, "account.second_factor_reset", "targetId", account.id)).toHaveLength(1);
    expect(await resetCustomerSecondFactor(staff, { tenantId: "polo", accountId: account.id })).toEqual({ ok: false, reason: "no-second-factor" });
    expect(await shown()).toBeNull();
    expect((await signInWithPassword(handle.db, polo, { login: account.login, password: PASSWORD }, request)).ok).toBe(true);
  });

  it("an account without a second factor signs in as before, in one step", async () => {
    const account = await createAccount(handle.db);
    const result = await signInWithPassword(handle.db, polo, { login: account.login, password: PASSWORD }, request);
    expect(result).toMatchObject({ ok: true, accountId: account.id });
    expect(await handle.db.select().from(pendingSecondSteps).where(eq(pendingSecondSteps.accountId, account.id))).toEqual([]);
  });
});
