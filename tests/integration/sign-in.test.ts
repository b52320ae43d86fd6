import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { accounts, auditLog, authTokens, sessions } from "@/db/schema";
import { setClockOffsetSeconds } from "@/lib/clock";
import { checkSession, hashToken } from "@/lib/auth/sessions";
import { issueOneTimePassword } from "@/lib/accounts/tokens";
import { signInFailedMessage, signInWithPassword, THROTTLED_MESSAGE, type SignInResult } from "@/lib/accounts/sign-in";
import { createAccount, PASSWORD, request, tenant } from "@/tests/integration/sign-in-fixtures";
import { auditRows } from "@/tests/helpers/audit";

const handle = setupTestDb();
afterEach(() => setClockOffsetSeconds(0));

const polo = tenant("polo");
const throttled = (result: SignInResult) => !result.ok && result.throttled;

describe(`sign-in (${testDbKind})`, () => {
  it("signs in with the right password: a session row, lastLoginAt, the counter reset, an audit row", async () => {
    const account = await createAccount(handle.db);
    await handle.db.update(accounts).set({ failedAttempts: 3 }).where(eq(accounts.id, account.id));
    const result = await signInWithPassword(handle.db, polo, { login: account.login.toUpperCase(), password: PASSWORD }, request);
    expect(result).toMatchObject({ ok: true, accountId: account.id, mustChangePassword: false });
    if (!result.ok) return;
    expect((await checkSession(handle.db, result.token, "polo")).ok).toBe(true);
    const [row] = await handle.db.select().from(accounts).where(eq(accounts.id, account.id));
    expect(row!.failedAttempts).toBe(0);
    expect(row!.lastLoginAt).not.toBeNull();
    const audits = await auditRows(handle.db, "signin.ok", "targetId", account.id);
    expect(audits).toHaveLength(1);
  });

  it("S09: every sign-in creates a new session id", async () => {
    const account = await createAccount(handle.db);
    const first = await signInWithPassword(handle.db, polo, { login: account.login, password: PASSWORD }, request);
    const second = await signInWithPassword(handle.db, polo, { login: account.login, password: PASSWORD }, request);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.token).not.toBe(second.token);
    const ids = (await handle.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.accountId, account.id))).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([hashToken(first.token), hashToken(second.token)]));
  });

  it("S06: one message for unknown login, wrong password, unactivated and locked accounts", async () => {
    const active = await createAccount(handle.db);
    const pending = await createAccount(handle.db, { status: "pending_activation" });
    const locked = await createAccount(handle.db);
    await handle.db.update(accounts).set({ lockedAt: new Date() }).where(eq(accounts.id, locked.id));
    const answers = [
      await signInWithPassword(handle.db, polo, { login: "nobody-here", password: PASSWORD }, request),
      await signInWithPassword(handle.db, polo, { login: active.login, password: "Wrong-Password-1" }, request),
      await signInWithPassword(handle.db, polo, { login: pending.login, password: PASSWORD }, request),
      await signInWithPassword(handle.db, polo, { login: locked.login, password: PASSWORD }, request),
    ];
    for (const answer of answers) expect(answer).toEqual({ ok: false, message: signInFailedMessage(polo), throttled: false });
  });

  it("the message names the 5-attempt rule, the recovery option and the tenant's contacts", () => {
    expect(signInFailedMessage(polo)).toBe(
      "Nieprawidłowy login lub hasło. Po 5 błędnych próbach konto zostaje zablokowane — odblokujesz je, korzystając z opcji „Nie pamiętasz hasła?”, " +
        "lub kontaktując się z Biurem Obsługi Klienta: tel. +48 718 898 888, e-mail cok@polenergia.pl (klienci indywidualni), bok.obrot@polenergia.pl (klienci biznesowi).",
    );
    expect(signInFailedMessage(tenant("mpec"))).toContain("„Zapomniałeś hasła?”");
  });

  it("S14: a login of one tenant does not sign in on another", async () => {
    const account = await createAccount(handle.db, { tenantId: "polo" });
    const result = await signInWithPassword(handle.db, tenant("polsp"), { login: account.login, password: PASSWORD }, request);
    expect(result.ok).toBe(false);
  });

  it("a live one-time password signs in, forces the change and stops the old password; the token is bound to the session, not used up", async () => {
    const account = await createAccount(handle.db);
    const otp = await issueOneTimePassword(handle.db, { tenantId: "polo", accountId: account.id });
    // The old password keeps working while the one-time password is pending, and does not cancel it.
    expect((await signInWithPassword(handle.db, polo, { login: account.login, password: PASSWORD }, request)).ok).toBe(true);
    const result = await signInWithPassword(handle.db, polo, { login: account.login, password: otp }, request);
    expect(result).toMatchObject({ ok: true, mustChangePassword: true });
    if (!result.ok) return;
    const [row] = await handle.db.select().from(accounts).where(eq(accounts.id, account.id));
    expect(row).toMatchObject({ mustChangePassword: true, passwordHash: null });
    expect((await signInWithPassword(handle.db, polo, { login: account.login, password: PASSWORD }, request)).ok).toBe(false);
    const [token] = await handle.db.select().from(authTokens).where(eq(authTokens.accountId, account.id));
    expect(token).toMatchObject({ usedAt: null, sessionId: hashToken(result.token) });
  });

  it("S27: a one-time password signs in once — a second sign-in with it is refused with the one message, even before the forced change", async () => {
    const account = await createAccount(handle.db);
    const otp = await issueOneTimePassword(handle.db, { tenantId: "polo", accountId: account.id });
    const first = await signInWithPassword(handle.db, polo, { login: account.login, password: otp }, request);
    expect(first).toMatchObject({ ok: true, mustChangePassword: true });
    const second = await signInWithPassword(handle.db, polo, { login: account.login, password: otp }, request);
    expect(second).toEqual({ ok: false, message: signInFailedMessage(polo), throttled: false });
    // The first session goes on: it is live and still on its way to "Wymagana zmiana hasła".
    if (first.ok) expect((await checkSession(handle.db, first.token, "polo")).ok).toBe(true);
    const [row] = await handle.db.select().from(accounts).where(eq(accounts.id, account.id));
    expect(row).toMatchObject({ mustChangePassword: true, failedAttempts: 1 });
  });

  it("S27: two sign-ins at once with one one-time password — exactly one gets in, the other leaves no session", async () => {
    const account = await createAccount(handle.db);
    const otp = await issueOneTimePassword(handle.db, { tenantId: "polo", accountId: account.id });
    const results = await Promise.all([1, 2].map(() => signInWithPassword(handle.db, polo, { login: account.login, password: otp }, request)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await handle.db.select().from(sessions).where(eq(sessions.accountId, account.id))).toHaveLength(1);
  });

  it("an expired one-time password does not sign in", async () => {
    const account = await createAccount(handle.db);
    const otp = await issueOneTimePassword(handle.db, { tenantId: "polo", accountId: account.id });
    setClockOffsetSeconds(24 * 3600 + 1);
    expect((await signInWithPassword(handle.db, polo, { login: account.login, password: otp }, request)).ok).toBe(false);
  });

  it("S07: the per-login limit throttles the 11th attempt in 5 minutes", async () => {
    const account = await createAccount(handle.db);
    setClockOffsetSeconds(300 - (Math.floor(Date.now() / 1000) % 300) + 1);
    const login = `throttled-${account.login}`;
    for (let i = 0; i < 10; i++) expect(throttled(await signInWithPassword(handle.db, polo, { login, password: "x" }, request))).toBe(false);
    expect(await signInWithPassword(handle.db, polo, { login, password: "x" }, request)).toEqual({ ok: false, message: THROTTLED_MESSAGE, throttled: true });
    // Even the right password of a throttled login waits.
    for (let i = 0; i < 10; i++) await signInWithPassword(handle.db, polo, { login: account.login, password: "x" }, request);
    expect(throttled(await signInWithPassword(handle.db, polo, { login: account.login, password: PASSWORD }, request))).toBe(true);
  });

  it("S07: 50 attempts from one address are throttled", async () => {
    setClockOffsetSeconds(300 - (Math.floor(Date.now() / 1000) % 300) + 1);
    const fromOneAddress = { ip: "198.51.100.23", userAgent: "vitest" };
    const results = [];
    for (let i = 0; i < 50; i++) results.push(await signInWithPassword(handle.db, polo, { login: `guess-${i}`, password: "x" }, fromOneAddress));
    expect(results.filter((r) => !r.ok && r.throttled)).toHaveLength(30);
    expect(results[49]).toMatchObject({ throttled: true, message: THROTTLED_MESSAGE });
    expect(throttled(await signInWithPassword(handle.db, polo, { login: "guess-0", password: "x" }, { ip: "198.51.100.24", userAgent: null }))).toBe(false);
  });

  it("S20: audit rows of sign-in hold no password", async () => {
    const account = await createAccount(handle.db);
    await signInWithPassword(handle.db, polo, { login: account.login, password: "Secret-Typo-9" }, request);
    await signInWithPassword(handle.db, polo, { login: account.login, password: PASSWORD }, request);
    const rows = await handle.db.select().from(auditLog).where(eq(auditLog.targetId, account.id));
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(["signin.failed", "signin.ok"]));
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain("Secret-Typo-9");
    expect(dump).not.toContain(PASSWORD);
  });
});
