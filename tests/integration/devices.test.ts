import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { knownDevices, sessions } from "@/db/schema";
import { setClockOffsetSeconds } from "@/lib/clock";
import { checkSession, hashToken } from "@/lib/auth/sessions";
import { signInWithPassword } from "@/lib/accounts/sign-in";
import { recordSignInDevice, UNSEEN_DAYS } from "@/lib/devices/known-devices";
import { endOtherSessions, endSession, listActiveSessions, type ActiveSession } from "@/lib/devices/active-sessions";
import { createAccount, tenant } from "@/tests/integration/sign-in-fixtures";
import { mailsTo } from "@/tests/integration/recovery-world";
import { auditRows } from "@/tests/helpers/audit";
import { customerScope } from "@/tests/helpers/scope";
import type { Account, HolderAccount } from "@/db/schema";

const handle = setupTestDb();
afterEach(() => setClockOffsetSeconds(0));

const polo = tenant("polo");
const DAY = 24 * 3600;
const iphone = {
  ip: "203.0.113.7",
  userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
};
const windows = {
  ip: "198.51.100.20",
  userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
};

/** A sign-in as the action does it: the session, then the browser recorded (components/auth/sign-in-action.ts). */
async function signIn(account: Account & { password: string }, browser: string | null, request = iphone) {
  const result = await signInWithPassword(handle.db, polo, { login: account.login, password: account.password }, request);
  if (!result.ok) throw new Error("sign-in failed");
  const seen = await recordSignInDevice(handle.db, polo, result.accountId, browser, request);
  return { token: result.token, sessionId: hashToken(result.token), ...seen };
}

const scopeOf = (account: HolderAccount) => customerScope(handle.db, account.tenantId, account.customerId, account.id);

describe(`new-device alerts (docs/accounts.md §16, S34) (${testDbKind})`, () => {
  it("the first sign-in from a browser sends one e-mail with the time, the device, the address and the link to Aktywne sesje", async () => {
    const account = await createAccount(handle.db);
    const first = await signIn(account, null);
    expect(first.alerted).toBe(true);
    const mails = await mailsTo(handle.db, account.email, "new-device");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Nowe logowanie do mojBOK POLO");
    expect(mails[0]!.text).toContain("Urządzenie: Safari na iPhone");
    expect(mails[0]!.text).toContain("Adres IP: 203.0.113.7");
    expect(mails[0]!.text).toMatch(/^Czas: \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/m);
    expect(mails[0]!.text).toMatch(/^http:\/\/polo\.localhost:\d+\/ustawienia\/sesje$/m);
    expect(await auditRows(handle.db, "signin.new-device", "targetId", account.id)).toHaveLength(1);
  });

  it("S34: the browser's cookie is stored only as its SHA-256, per account, with first and last seen", async () => {
    const account = await createAccount(handle.db);
    const { deviceToken } = await signIn(account, null);
    const rows = await handle.db.select().from(knownDevices).where(eq(knownDevices.accountId, account.id));
    expect(rows).toEqual([expect.objectContaining({ deviceHash: hashToken(deviceToken), tenantId: "polo" })]);
    expect(JSON.stringify(rows)).not.toContain(deviceToken);
  });

  it("a known browser sends no e-mail and keeps its cookie; its last sign-in is recorded", async () => {
    const account = await createAccount(handle.db);
    const first = await signIn(account, null);
    setClockOffsetSeconds(DAY);
    const again = await signIn(account, first.deviceToken);
    expect(again).toMatchObject({ alerted: false, deviceToken: first.deviceToken });
    expect(await mailsTo(handle.db, account.email, "new-device")).toHaveLength(1);
    const [row] = await handle.db.select().from(knownDevices).where(eq(knownDevices.accountId, account.id));
    expect(row!.lastSeenAt.getTime() - row!.firstSeenAt.getTime()).toBeGreaterThanOrEqual(DAY * 1000 - 1000);
  });

  it(`a browser unseen for ${UNSEEN_DAYS} days is new again; one seen within them is not`, async () => {
    const account = await createAccount(handle.db);
    const { deviceToken } = await signIn(account, null);
    setClockOffsetSeconds((UNSEEN_DAYS - 1) * DAY);
    expect((await signIn(account, deviceToken)).alerted).toBe(false);
    setClockOffsetSeconds((2 * UNSEEN_DAYS - 1) * DAY + 3600);
    expect((await signIn(account, deviceToken)).alerted).toBe(true);
    expect(await mailsTo(handle.db, account.email, "new-device")).toHaveLength(2);
  });

  it("a browser known to one account is new to another; a malformed cookie counts as none", async () => {
    const first = await createAccount(handle.db);
    const second = await createAccount(handle.db);
    const { deviceToken } = await signIn(first, null);
    expect(await signIn(second, deviceToken)).toMatchObject({ alerted: true, deviceToken });
    const forged = await signIn(first, "not-a-device-token");
    expect(forged.alerted).toBe(true);
    expect(forged.deviceToken).not.toBe("not-a-device-token");
  });
});

describe(`active sessions (docs/accounts.md §16, S34) (${testDbKind})`, () => {
  it("lists each live session: device, address, sign-in time, last activity, the current one first and marked", async () => {
    const account = await createAccount(handle.db);
    const phone = await signIn(account, null, iphone);
    const desktop = await signIn(account, null, windows);
    const list = await listActiveSessions(scopeOf(account), desktop.sessionId);
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ current: true, device: "Chrome na Windows", ip: "198.51.100.20" });
    expect(list[1]).toMatchObject({ current: false, device: "Safari na iPhone", ip: "203.0.113.7" });
    for (const s of list) {
      expect(s.signedInAt).toBeInstanceOf(Date);
      expect(s.lastActiveAt).toBeInstanceOf(Date);
      expect(s.ref).toMatch(/^[0-9a-f]{32}$/);
      expect(s.ref).not.toBe(phone.sessionId.slice(0, 32));
    }
  });

  it("leaves out ended and idle sessions and those of other accounts", async () => {
    const account = await createAccount(handle.db);
    const other = await createAccount(handle.db);
    await signIn(other, null);
    const ended = await signIn(account, null);
    await handle.db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, ended.sessionId));
    await signIn(account, null); // idle by the time the list is read
    setClockOffsetSeconds(10 * 60);
    const current = await signIn(account, null);
    setClockOffsetSeconds(16 * 60);
    const list = await listActiveSessions(scopeOf(account), current.sessionId);
    expect(list.map((s) => s.current)).toEqual([true]);
  });

  const refs = async (account: HolderAccount, current: string) =>
    (await listActiveSessions(scopeOf(account), current)).filter((s: ActiveSession) => !s.current);

  it("ending one session signs it out at once and leaves the others; audited", async () => {
    const account = await createAccount(handle.db);
    const a = await signIn(account, null);
    const b = await signIn(account, null);
    const current = await signIn(account, null);
    const others = await refs(account, current.sessionId);
    expect(others).toHaveLength(2);
    expect(await endSession(scopeOf(account), current.sessionId, others[0]!.ref, iphone)).toBe(true);
    const checks = await Promise.all([a, b, current].map((s) => checkSession(handle.db, s.token, "polo")));
    expect(checks.filter((c) => !c.ok)).toEqual([{ ok: false, reason: "revoked" }]);
    expect(checks[2]!.ok).toBe(true);
    expect(await refs(account, current.sessionId)).toHaveLength(1);
    expect(await auditRows(handle.db, "session.ended", "targetId", account.id)).toHaveLength(1);
  });

  it("S34: a session of another account cannot be ended, nor the current one, nor a made-up one", async () => {
    const account = await createAccount(handle.db);
    const stranger = await createAccount(handle.db);
    const mine = await signIn(account, null);
    const theirs = await signIn(stranger, null);
    const theirOther = await signIn(stranger, null);
    const [theirRef] = await refs(stranger, theirs.sessionId);
    expect(await endSession(scopeOf(account), mine.sessionId, theirRef!.ref, iphone)).toBe(false);
    expect(await endOtherSessions(scopeOf(account), mine.sessionId, iphone)).toBe(0);
    const [myRef] = (await listActiveSessions(scopeOf(account), mine.sessionId)).map((s) => s.ref);
    expect(await endSession(scopeOf(account), mine.sessionId, myRef!, iphone)).toBe(false);
    expect(await endSession(scopeOf(account), mine.sessionId, "x'; drop table sessions; --", iphone)).toBe(false);
    for (const s of [mine, theirs, theirOther]) expect((await checkSession(handle.db, s.token, "polo")).ok).toBe(true);
    expect(await auditRows(handle.db, "session.ended", "targetId", account.id)).toHaveLength(0);
  });

  it("“Wyloguj pozostałe sesje” ends every other session at once and keeps this one", async () => {
    const account = await createAccount(handle.db);
    const others = [await signIn(account, null), await signIn(account, null, windows)];
    const current = await signIn(account, null);
    expect(await endOtherSessions(scopeOf(account), current.sessionId, iphone)).toBe(2);
    for (const s of others) expect(await checkSession(handle.db, s.token, "polo")).toEqual({ ok: false, reason: "revoked" });
    expect((await checkSession(handle.db, current.token, "polo")).ok).toBe(true);
    expect((await listActiveSessions(scopeOf(account), current.sessionId)).map((s) => s.current)).toEqual([true]);
    const [entry] = await auditRows(handle.db, "session.ended", "targetId", account.id);
    expect(entry!.details).toEqual({ sessions: 2, others: true });
  });
});
