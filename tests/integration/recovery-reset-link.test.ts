import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { testDbKind } from "@/tests/helpers/db";
import { authTokens } from "@/db/schema";
import { requireTenantById } from "@/lib/tenant/registry";
import { setClockOffsetSeconds } from "@/lib/clock";
import { verifySecret } from "@/lib/auth/password-hash";
import { hashToken, checkSession, createSession } from "@/lib/auth/sessions";
import { passwordRecoveryAnswer, recoverPassword } from "@/lib/accounts/recover-password";
import { checkResetLink, linkProblem, PASSWORD_SET_MESSAGE, setPasswordByLink } from "@/lib/accounts/reset-by-link";
import { addAccount, mailsTo, OLD_PASSWORD, reloadAccount, requestCtx, setupRecoveryDb } from "./recovery-world";

const handle = setupRecoveryDb();

const mpec = requireTenantById("mpec");
const fast = { minDurationMs: 0 };
const NEW_PASSWORD = "Nowe-Cieplo-2026";

/** Asks for a reset link for a fresh MPEC account and returns the account and the link's token. */
async function linkFor(options: Parameters<typeof addAccount>[2] = {}) {
  const account = await addAccount(handle.db, "mpec", { customerNumber: String(Math.floor(Math.random() * 9e7) + 1e7), ...options });
  expect(await recoverPassword(handle.db, mpec, { login: account.login }, requestCtx(), fast)).toEqual(passwordRecoveryAnswer);
  const [mail] = await mailsTo(handle.db, account.email, "password-reset");
  const url = mail!.text
    .split("\n")
    .find((l) => l.includes("/haslo/ustaw/"))!
    .trim();
  expect(url).toMatch(/^https?:\/\/mpec\.localhost(:\d+)?\/haslo\/ustaw\/[A-Za-z0-9_-]{43}$/);
  return { account, token: url.split("/").pop()! };
}

describe(`"Zapomniałeś hasła?" with a reset link (MPEC, ${testDbKind})`, () => {
  it("S06: a known login gets one reset e-mail, an unknown one none, with the same answer", async () => {
    const { account } = await linkFor();
    expect(await mailsTo(handle.db, account.email)).toHaveLength(1);
    expect(await recoverPassword(handle.db, mpec, { login: "99999999" }, requestCtx(), fast)).toEqual(passwordRecoveryAnswer);
  });

  it("S05: the link is stored only as SHA-256; opening it changes nothing", async () => {
    const { account, token } = await linkFor();
    const [row] = await handle.db.select().from(authTokens).where(eq(authTokens.accountId, account.id));
    expect(row!.tokenHash).toBe(hashToken(token));
    expect(row!.tokenHash).not.toContain(token);
    expect((await checkResetLink(handle.db, mpec, token)).ok).toBe(true);
    expect((await checkResetLink(handle.db, mpec, token)).ok).toBe(true);
    expect((await reloadAccount(handle.db, account.id)).passwordHash).toBe(account.passwordHash);
  });

  it("S05/S12: the link sets the password once, lifts a lock, ends every session and tells the owner", async () => {
    const { account, token } = await linkFor({ lockedAt: new Date() });
    const session = await createSession(handle.db, { tenantId: "mpec", accountId: account.id });

    const done = await setPasswordByLink(handle.db, mpec, { token, password: NEW_PASSWORD }, requestCtx());
    expect(done).toEqual({ status: "success", message: PASSWORD_SET_MESSAGE });
    const after = await reloadAccount(handle.db, account.id);
    expect(await verifySecret(after.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await verifySecret(after.passwordHash!, OLD_PASSWORD)).toBe(false);
    expect(after).toMatchObject({ lockedAt: null, failedAttempts: 0, mustChangePassword: false });
    expect((await checkSession(handle.db, session.token, "mpec")).ok).toBe(false);
    expect(await mailsTo(handle.db, account.email, "password-changed")).toHaveLength(1);

    const again = await setPasswordByLink(handle.db, mpec, { token, password: "Inne-Haslo-77x" }, requestCtx());
    expect(again).toEqual({ status: "error", formError: linkProblem.used });
    expect(await verifySecret((await reloadAccount(handle.db, account.id)).passwordHash!, NEW_PASSWORD)).toBe(true);
  });

  it("S05: the link expires after 24 hours", async () => {
    const { account, token } = await linkFor();
    setClockOffsetSeconds(24 * 3600 + 1);
    expect(await checkResetLink(handle.db, mpec, token)).toEqual({ ok: false, reason: "expired" });
    expect(await setPasswordByLink(handle.db, mpec, { token, password: NEW_PASSWORD }, requestCtx())).toEqual({
      status: "error",
      formError: linkProblem.expired,
    });
    expect((await reloadAccount(handle.db, account.id)).passwordHash).toBe(account.passwordHash);
  });

  it("S02: a refused password leaves the link usable; the customer number inside is refused", async () => {
    const { account, token } = await linkFor({ customerNumber: "55501234" });
    const weak = await setPasswordByLink(handle.db, mpec, { token, password: "Abc55501234" }, requestCtx());
    expect(weak.status).toBe("error");
    expect(weak.fieldErrors?.password?.join(" ")).toMatch(/numeru odbiorcy/);
    const common = await setPasswordByLink(handle.db, mpec, { token, password: "Password1" }, requestCtx());
    expect(common.fieldErrors?.password?.join(" ")).toMatch(/zbyt popularne/);
    expect((await checkResetLink(handle.db, mpec, token)).ok).toBe(true);
    expect((await setPasswordByLink(handle.db, mpec, { token, password: NEW_PASSWORD }, requestCtx())).status).toBe("success");
    expect((await reloadAccount(handle.db, account.id)).passwordChangedAt).not.toBeNull();
  });

  it("a newer link voids the older one, and a link of one tenant is void on another", async () => {
    const { account, token: first } = await linkFor();
    await recoverPassword(handle.db, mpec, { login: account.login }, requestCtx(), fast);
    expect((await checkResetLink(handle.db, mpec, first)).ok).toBe(false);
    const mails = await mailsTo(handle.db, account.email, "password-reset");
    const second = mails
      .map((m) =>
        m.text
          .split("\n")
          .find((l) => l.includes("/haslo/ustaw/"))!
          .trim()
          .split("/")
          .pop()!,
      )
      .find((t) => t !== first)!;
    expect((await checkResetLink(handle.db, mpec, second)).ok).toBe(true);
    expect(await checkResetLink(handle.db, requireTenantById("polo"), second)).toEqual({ ok: false, reason: "invalid" });
  });
});
