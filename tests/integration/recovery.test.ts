import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb, testDbKind } from "@/tests/helpers/db";
import type { DbHandle } from "@/db/client";
import { auditLog, authTokens, emailOutbox, rateLimits } from "@/db/schema";
import { requireTenantById } from "@/lib/tenant/registry";
import { verifySecret } from "@/lib/auth/password-hash";
import { hmacSecret } from "@/lib/auth/secret";
import { findOneTimePassword } from "@/lib/accounts/tokens";
import { passwordRecoveryAnswer, recoverPassword } from "@/lib/accounts/recover-password";
import { setClockOffsetSeconds } from "@/lib/clock";
import { THROTTLED_MESSAGE } from "@/lib/security/recovery-limits";
import { addAccount, mailsTo, OLD_PASSWORD, reloadAccount, requestCtx } from "./recovery-world";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterEach(async () => {
  setClockOffsetSeconds(0);
  await handle.db.delete(rateLimits);
});
afterAll(async () => handle.close());

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
});
