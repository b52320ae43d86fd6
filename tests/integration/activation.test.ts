import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { accounts, auditLog, authTokens } from "@/db/schema";
import { setClockOffsetSeconds } from "@/lib/clock";
import { registerByContract } from "@/lib/accounts/register-by-contract";
import { activateAccount, activationState } from "@/lib/accounts/activation";
import { findOneTimePassword } from "@/lib/accounts/tokens";
import { signInFailedMessage, signInWithPassword } from "@/lib/accounts/sign-in";
import { recoverPassword } from "@/lib/accounts/recover-password";
import { contract, customer, importRecords, meta, polo, polsp } from "./registration-world";
import { auditRows } from "@/tests/helpers/audit";
import { mailsTo } from "@/tests/integration/recovery-world";

const handle = setupTestDb();
const people = [
  { id: "A1", pesel: "44051401359", contract: "UA/1", email: "a1@example.pl" },
  { id: "A2", pesel: "02070803628", contract: "UA/2", email: "a2@example.pl" },
  { id: "A3", pesel: "90090515836", contract: "UA/3", email: "a3@example.pl" },
];

beforeAll(async () => {
  await importRecords(
    handle.db,
    polo,
    people.flatMap((p) => [customer(p.id, { kind: "individual", pesel: p.pesel }), contract(`K-${p.id}`, p.id, p.contract, "active")]),
  );
});
afterEach(() => setClockOffsetSeconds(0));

/** Registers one of `people` and returns the raw token from the activation e-mail's link line. */
async function register(index: number): Promise<string> {
  const p = people[index]!;
  const result = await registerByContract(
    handle.db,
    polo,
    { kind: "individual", taxId: p.pesel, contractNumber: p.contract, login: null, phone: "+48600100200", email: p.email },
    meta(),
  );
  expect(result.ok).toBe(true);
  const [mail] = await mailsTo(handle.db, p.email, "activation");
  const line = mail!.text
    .split("\n")
    .find((l) => l.includes("/aktywacja/"))!
    .trim();
  return line.slice(line.lastIndexOf("/") + 1);
}

const accountOf = async (customerId: string) => (await handle.db.select().from(accounts).where(eq(accounts.customerId, customerId)))[0]!;

describe(`activation (${testDbKind})`, () => {
  let token: string;

  it("S16: looking at the link changes nothing", async () => {
    token = await register(0);
    expect(await activationState(handle.db, polo, token)).toEqual({ state: "ready", login: "44051401359" });
    expect(await activationState(handle.db, polo, token)).toEqual({ state: "ready", login: "44051401359" });
    expect((await accountOf("A1")).status).toBe("pending_activation");
  });

  it("S14: the link of one tenant does nothing on another", async () => {
    expect(await activationState(handle.db, polsp, token)).toEqual({ state: "invalid" });
    expect(await activateAccount(handle.db, polsp, token, meta())).toEqual({ ok: false, reason: "invalid" });
  });

  it("activates: active, must change password, one-time password e-mailed, audited", async () => {
    expect(await activateAccount(handle.db, polo, token, meta())).toEqual({ ok: true, login: "44051401359" });
    const account = await accountOf("A1");
    expect(account).toMatchObject({ status: "active", pendingUntil: null, mustChangePassword: true });
    const [mail] = await mailsTo(handle.db, "a1@example.pl", "one-time-password");
    const otp = /^Hasło jednorazowe: (\S+)$/m.exec(mail!.text)?.[1];
    expect(otp).toBeTruthy();
    expect(await findOneTimePassword(handle.db, account.id, otp!)).not.toBeNull();
    expect(await auditRows(handle.db, "account.activated", "targetId", account.id)).toHaveLength(1);

    // S05: the database holds neither the link token nor the one-time password in plain text.
    const plain = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(authTokens)
      .where(
        sql`${authTokens.tokenHash} in (${token}, ${otp!}) or ${authTokens.payload}::text like ${`%${token}%`} or ${authTokens.payload}::text like ${`%${otp}%`}`,
      );
    expect(plain[0]!.n).toBe(0);
    const audits = await handle.db.select({ d: sql<string>`${auditLog.details}::text` }).from(auditLog);
    expect(audits.some((a) => a.d?.includes(otp!) || a.d?.includes(token))).toBe(false);
  });

  it("S05: the link works once", async () => {
    expect(await activationState(handle.db, polo, token)).toEqual({ state: "used" });
    expect(await activateAccount(handle.db, polo, token, meta())).toEqual({ ok: false, reason: "used" });
    const otps = await mailsTo(handle.db, "a1@example.pl", "one-time-password");
    expect(otps).toHaveLength(1);
  });

  it("S27: the activation one-time password signs in once; a lost first session is mended with a recovery one-time password", async () => {
    const account = await accountOf("A1");
    const otpsOf = async () =>
      (await mailsTo(handle.db, "a1@example.pl", "one-time-password"))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .map((m) => /^Hasło jednorazowe: (\S+)$/m.exec(m.text)![1]!);
    const [otp] = await otpsOf();
    const signIn = (password: string) => signInWithPassword(handle.db, polo, { login: account.login, password }, meta());
    expect(await signIn(otp!)).toMatchObject({ ok: true, mustChangePassword: true });
    expect(await signIn(otp!)).toEqual({ ok: false, message: signInFailedMessage(polo), throttled: false });

    // The account is active with no password of its own yet: "Nie pamiętasz hasła?" still serves it.
    await recoverPassword(handle.db, polo, { login: account.login }, meta(), { minDurationMs: 0 });
    const otps = await otpsOf();
    expect(otps).toHaveLength(2);
    expect(await signIn(otps[1]!)).toMatchObject({ ok: true, mustChangePassword: true });
  });

  it("S05: two clicks at once activate once", async () => {
    const second = await register(1);
    const results = await Promise.all([activateAccount(handle.db, polo, second, meta()), activateAccount(handle.db, polo, second, meta())]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await mailsTo(handle.db, "a2@example.pl", "one-time-password")).toHaveLength(1);
  });

  it("S05: the link expires after 24 hours", async () => {
    const third = await register(2);
    setClockOffsetSeconds(24 * 3600 - 60);
    expect((await activationState(handle.db, polo, third)).state).toBe("ready");
    setClockOffsetSeconds(24 * 3600 + 1);
    expect(await activationState(handle.db, polo, third)).toEqual({ state: "expired" });
    expect(await activateAccount(handle.db, polo, third, meta())).toEqual({ ok: false, reason: "expired" });
    expect((await accountOf("A3")).status).toBe("pending_activation");
  });

  it("an unknown or malformed token is simply not found", async () => {
    expect(await activationState(handle.db, polo, "x".repeat(43))).toEqual({ state: "invalid" });
    expect(await activationState(handle.db, polo, "../../etc")).toEqual({ state: "invalid" });
    expect(await activateAccount(handle.db, polo, "y".repeat(43), meta())).toEqual({ ok: false, reason: "invalid" });
  });
});
