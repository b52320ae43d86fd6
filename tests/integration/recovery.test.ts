import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { testDbKind } from "@/tests/helpers/db";
import { auditLog, authTokens, emailOutbox } from "@/db/schema";
import { requireTenantById } from "@/lib/tenant/registry";
import { verifySecret } from "@/lib/auth/password-hash";
import { hmacSecret } from "@/lib/auth/secret";
import { findOneTimePassword } from "@/lib/accounts/tokens";
import { signInFailedMessage, signInWithPassword } from "@/lib/accounts/sign-in";
import { completeForcedChange, WRONG_ONE_TIME_PASSWORD } from "@/lib/accounts/forced-change";
import { hashToken } from "@/lib/auth/sessions";
import { passwordRecoveryAnswer, recoverPassword } from "@/lib/accounts/recover-password";
import { setClockOffsetSeconds } from "@/lib/clock";
import { THROTTLED_MESSAGE } from "@/lib/security/recovery-limits";
import { addAccount, mailsTo, OLD_PASSWORD, reloadAccount, requestCtx, setupRecoveryDb } from "./recovery-world";

const handle = setupRecoveryDb();

const polo = requireTenantById("polo");
const fast = { minDurationMs: 0 };
const otpOf = (text: string) => /^Hasło jednorazowe: (\S+)$/m.exec(text)?.[1];

describe(`"Nie pamiętasz hasła?" with a one-time password (${testDbKind})`, () => {
  it("S06: a known login gets one OTP e-mail, an unknown one none, and both get the same answer", async () => {
    const account = await addAccount(handle.db, "polo");
    const before = (await handle.db.select().from(emailOutbox)).length;

    const known = await recoverPassword(handle.db, polo, { login: account.login.toUpperCase() }, requestCtx(), fast);
    const unknown = await recoverPassword(handle.db, polo, { login: "nikt-taki-nie-istnieje" }, requestCtx(), fast);

    expect(known).toEqual(passwordRecoveryAnswer);
    expect(unknown).toEqual(known);
    const mails = await mailsTo(handle.db, account.email, "one-time-password");
    expect(mails).toHaveLength(1);
    expect(otpOf(mails[0]!.text)).toMatch(/^\S{8,}$/);
    expect((await handle.db.select().from(emailOutbox)).length).toBe(before + 1);
  });

  it("sends nothing for a pending or disabled account, or an account of another tenant", async () => {
    const pending = await addAccount(handle.db, "polo", { status: "pending_activation" });
    const disabled = await addAccount(handle.db, "polo", { status: "disabled" });
    const elsewhere = await addAccount(handle.db, "polsp");
    for (const a of [pending, disabled, elsewhere]) {
      expect(await recoverPassword(handle.db, polo, { login: a.login }, requestCtx(), fast)).toEqual(passwordRecoveryAnswer);
      expect(await mailsTo(handle.db, a.email)).toHaveLength(0);
    }
  });

  it("S07: the old password keeps working and the lock stays until the one-time password is used", async () => {
    const lockedAt = new Date();
    const account = await addAccount(handle.db, "polo", { lockedAt });
    await recoverPassword(handle.db, polo, { login: account.login }, requestCtx(), fast);
    const after = await reloadAccount(handle.db, account.id);
    expect(after.passwordHash).toBe(account.passwordHash);
    expect(await verifySecret(after.passwordHash!, OLD_PASSWORD)).toBe(true);
    expect(after.lockedAt).not.toBeNull();
    expect(after.mustChangePassword).toBe(false);
  });

  it("S05: the one-time password is stored only as an HMAC, and a second request voids the first", async () => {
    const account = await addAccount(handle.db, "polo");
    await recoverPassword(handle.db, polo, { login: account.login }, requestCtx(), fast);
    await recoverPassword(handle.db, polo, { login: account.login }, requestCtx(), fast);
    const [second, first] = (await mailsTo(handle.db, account.email, "one-time-password"))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .map((m) => otpOf(m.text)!);
    expect(first).not.toBe(second);

    const tokens = await handle.db.select().from(authTokens).where(eq(authTokens.accountId, account.id));
    expect(tokens).toHaveLength(2);
    for (const otp of [first, second]) {
      expect(tokens.some((t) => t.tokenHash === otp || JSON.stringify(t.payload ?? {}).includes(otp!))).toBe(false);
      expect(tokens.some((t) => t.tokenHash === hmacSecret(otp!))).toBe(true);
    }
    expect(await findOneTimePassword(handle.db, account.id, first!)).toBeNull();
    expect(await findOneTimePassword(handle.db, account.id, second!)).not.toBeNull();
  });

  it("S20: the request is audited with whether an account matched, and no secret", async () => {
    const account = await addAccount(handle.db, "polo");
    await recoverPassword(handle.db, polo, { login: account.login }, requestCtx("203.0.113.9"), fast);
    const [otp] = (await mailsTo(handle.db, account.email)).map((m) => otpOf(m.text)!);
    const rows = await handle.db.select().from(auditLog).where(eq(auditLog.action, "recovery.requested"));
    const row = rows.find((r) => r.targetId === account.id)!;
    expect(row).toMatchObject({ tenantId: "polo", ip: "203.0.113.9", details: { method: "one-time-password", matched: true } });
    expect(JSON.stringify(rows)).not.toContain(otp);
    expect(rows.some((r) => r.targetId === null && (r.details as { matched?: boolean }).matched === false)).toBe(true);
  });

  it("S07: per-login and per-address limits answer everyone with the same throttle message", async () => {
    // Start just after an hour boundary, so every hit below shares one window of each limit.
    setClockOffsetSeconds(3600 - (Math.floor(Date.now() / 1000) % 3600) + 1);
    const account = await addAccount(handle.db, "polo");
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await recoverPassword(handle.db, polo, { login: account.login }, requestCtx(`192.0.2.${i + 1}`), fast));
    const unknownAnswers = [];
    for (let i = 0; i < 7; i++) unknownAnswers.push(await recoverPassword(handle.db, polo, { login: "brak-konta" }, requestCtx(`192.0.2.${i + 1}`), fast));
    expect(answers.slice(0, 5).every((a) => a.status === "success")).toBe(true);
    expect(answers[6]).toEqual({ status: "error", formError: THROTTLED_MESSAGE });
    expect(unknownAnswers[6]).toEqual(answers[6]);
    expect(await mailsTo(handle.db, account.email)).toHaveLength(5);

    const byAddress = [];
    for (let i = 0; i < 50; i++) byAddress.push(await recoverPassword(handle.db, polo, { login: `inny-${i}` }, requestCtx("203.0.113.50"), fast));
    expect(byAddress.filter((a) => a.status === "success").length).toBeLessThan(50);
    expect(byAddress[49]).toEqual({ status: "error", formError: THROTTLED_MESSAGE });
  });

  it("S27: a recovery one-time password signs in once; who lost that session asks for a new one, and the old one is void", async () => {
    const account = await addAccount(handle.db, "polo");
    const newestOtp = async () => {
      const mails = await mailsTo(handle.db, account.email, "one-time-password");
      return otpOf(mails.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]!.text)!;
    };
    await recoverPassword(handle.db, polo, { login: account.login }, requestCtx(), fast);
    const first = await newestOtp();
    const signIn = (password: string) => signInWithPassword(handle.db, polo, { login: account.login, password }, requestCtx());
    const lost = await signIn(first);
    expect(lost).toMatchObject({ ok: true, mustChangePassword: true });
    // The tab is closed before the change: the same one-time password does not sign in again…
    expect(await signIn(first)).toEqual({ ok: false, message: signInFailedMessage(polo), throttled: false });
    expect(await signIn(OLD_PASSWORD)).toMatchObject({ ok: false });

    // …so the owner asks for a new one, which signs in and completes the change.
    await recoverPassword(handle.db, polo, { login: account.login }, requestCtx(), fast);
    const second = await newestOtp();
    expect(second).not.toBe(first);
    const again = await signIn(second);
    expect(again).toMatchObject({ ok: true, mustChangePassword: true });
    if (!lost.ok || !again.ok) return;
    const pending = await reloadAccount(handle.db, account.id);
    // The first one is void now, even in the session it opened.
    const changeIn = (sessionToken: string, oneTimePassword: string) =>
      completeForcedChange(
        handle.db,
        polo,
        { account: pending, sessionId: hashToken(sessionToken) },
        { oneTimePassword, newPassword: "Nowe-Haslo-Zima-2026" },
        requestCtx(),
      );
    const inLostSession = await changeIn(lost.token, first);
    expect(inLostSession).toEqual({ ok: false, fieldErrors: { oneTimePassword: [WRONG_ONE_TIME_PASSWORD] } });
    const done = await changeIn(again.token, second);
    expect(done.ok).toBe(true);
    expect(await signIn(second)).toMatchObject({ ok: false });
  });
});
