import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { accounts, authTokens, type Account } from "@/db/schema";
import { checkSession, createSession, hashToken } from "@/lib/auth/sessions";
import { issueOneTimePassword } from "@/lib/accounts/tokens";
import { signInWithPassword } from "@/lib/accounts/sign-in";
import { completeForcedChange, forcedChangeSchema, PASSWORDS_DIFFER, WRONG_ONE_TIME_PASSWORD } from "@/lib/accounts/forced-change";
import { createAccount, PASSWORD, request, tenant } from "@/tests/integration/sign-in-fixtures";
import { auditRows } from "@/tests/helpers/audit";
import { mailsTo } from "@/tests/integration/recovery-world";

const handle = setupTestDb();

const polo = tenant("polo");
const NEW_PASSWORD = "Nowe-Haslo-Zima-2026";

/** An account signed in with its one-time password, as after activation or recovery. */
async function pendingChange() {
  const account = await createAccount(handle.db);
  const otp = await issueOneTimePassword(handle.db, { tenantId: "polo", accountId: account.id });
  const signedIn = await signInWithPassword(handle.db, polo, { login: account.login, password: otp }, request);
  if (!signedIn.ok) throw new Error("one-time sign-in failed");
  const [row] = await handle.db.select().from(accounts).where(eq(accounts.id, account.id));
  return { account: row as Account, otp, token: signedIn.token, signedIn: { account: row as Account, sessionId: hashToken(signedIn.token) } };
}

describe(`"Wymagana zmiana hasła" (${testDbKind})`, () => {
  it("the form reports every problem at once, in Polish", () => {
    const empty = forcedChangeSchema(polo).safeParse({});
    expect(empty.success).toBe(false);
    const messages = empty.error!.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    expect(messages).toEqual([
      "oneTimePassword: Pole Hasło jednorazowe jest wymagane",
      "newPassword: Pole Nowe hasło jest wymagane",
      "repeatPassword: Pole Powtórz nowe hasło jest wymagane",
    ]);
    const weak = forcedChangeSchema(polo).safeParse({ oneTimePassword: "x", newPassword: "krótkie", repeatPassword: "inne" });
    const weakMessages = weak.error!.issues.map((i) => i.message);
    expect(weakMessages).toContain("Hasło musi mieć co najmniej 8 znaków.");
    expect(weakMessages).toContain("Hasło musi zawierać przynajmniej jedną wielką literę.");
    expect(weakMessages).toContain(PASSWORDS_DIFFER);
  });

  it("S02: a password with the customer's PESEL or login inside is refused", async () => {
    const { otp, signedIn } = await pendingChange();
    const result = await completeForcedChange(handle.db, polo, signedIn, { oneTimePassword: otp, newPassword: "Ab-44051401359" }, request);
    expect(result).toEqual({
      ok: false,
      fieldErrors: { newPassword: ["Hasło nie może zawierać loginu, numeru PESEL, NIP, numeru odbiorcy ani nazwy sprzedawcy."] },
    });
  });

  it("a wrong one-time password is refused and nothing changes", async () => {
    const { account, signedIn } = await pendingChange();
    const result = await completeForcedChange(handle.db, polo, signedIn, { oneTimePassword: "WRONGWRONG22", newPassword: NEW_PASSWORD }, request);
    expect(result).toEqual({ ok: false, fieldErrors: { oneTimePassword: [WRONG_ONE_TIME_PASSWORD] } });
    const [row] = await handle.db.select().from(accounts).where(eq(accounts.id, account.id));
    expect(row).toMatchObject({ mustChangePassword: true, passwordHash: null });
  });

  it("S09/S12/S08: sets the password, uses the one-time password, ends every session, starts a new one, tells the owner", async () => {
    const { account, otp, token, signedIn } = await pendingChange();
    const other = await createSession(handle.db, { tenantId: "polo", accountId: account.id });
    const result = await completeForcedChange(handle.db, polo, signedIn, { oneTimePassword: otp, newPassword: NEW_PASSWORD }, request);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.token).not.toBe(token);
    expect(await checkSession(handle.db, token, "polo")).toEqual({ ok: false, reason: "revoked" });
    expect(await checkSession(handle.db, other.token, "polo")).toEqual({ ok: false, reason: "revoked" });
    expect((await checkSession(handle.db, result.token, "polo")).ok).toBe(true);

    const [row] = await handle.db.select().from(accounts).where(eq(accounts.id, account.id));
    expect(row).toMatchObject({ mustChangePassword: false, failedAttempts: 0, lockedAt: null });
    expect(row!.passwordChangedAt).not.toBeNull();
    const [used] = await handle.db.select().from(authTokens).where(eq(authTokens.accountId, account.id));
    expect(used!.usedAt).not.toBeNull();
    const mails = await mailsTo(handle.db, account.email, "password-changed");
    expect(mails).toHaveLength(1);
    const audits = await auditRows(handle.db, "password.changed", "targetId", account.id);
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits)).not.toContain(NEW_PASSWORD);

    // The new password signs in; the old one and the used one-time password do not.
    expect(await signInWithPassword(handle.db, polo, { login: account.login, password: NEW_PASSWORD }, request)).toMatchObject({
      ok: true,
      mustChangePassword: false,
    });
    expect((await signInWithPassword(handle.db, polo, { login: account.login, password: PASSWORD }, request)).ok).toBe(false);
    expect((await signInWithPassword(handle.db, polo, { login: account.login, password: otp }, request)).ok).toBe(false);
  });

  it("S05: the used one-time password cannot complete a second change", async () => {
    const { otp, signedIn } = await pendingChange();
    expect((await completeForcedChange(handle.db, polo, signedIn, { oneTimePassword: otp, newPassword: NEW_PASSWORD }, request)).ok).toBe(true);
    const again = await completeForcedChange(handle.db, polo, signedIn, { oneTimePassword: otp, newPassword: `${NEW_PASSWORD}-2` }, request);
    expect(again.ok).toBe(false);
  });

  it("S27: the one-time password completes the change only in the session it signed in; that session still can", async () => {
    const { account, otp, signedIn } = await pendingChange();
    // Another session of the account (e.g. one opened earlier with the old password) cannot use it.
    const other = await createSession(handle.db, { tenantId: "polo", accountId: account.id });
    const elsewhere = await completeForcedChange(
      handle.db,
      polo,
      { account, sessionId: other.session.id },
      { oneTimePassword: otp, newPassword: NEW_PASSWORD },
      request,
    );
    expect(elsewhere).toEqual({ ok: false, fieldErrors: { oneTimePassword: [WRONG_ONE_TIME_PASSWORD] } });
    // A refused second sign-in with it changes nothing for the first session.
    expect((await signInWithPassword(handle.db, polo, { login: account.login, password: otp }, request)).ok).toBe(false);
    expect((await completeForcedChange(handle.db, polo, signedIn, { oneTimePassword: otp, newPassword: NEW_PASSWORD }, request)).ok).toBe(true);
  });
});
