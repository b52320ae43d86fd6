import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { testDbKind } from "@/tests/helpers/db";
import { auditLog } from "@/db/schema";
import { requireTenantById } from "@/lib/tenant/registry";
import { setClockOffsetSeconds } from "@/lib/clock";
import { verifySecret } from "@/lib/auth/password-hash";
import { checkSession, createSession } from "@/lib/auth/sessions";
import { passwordChangeSchema } from "@/lib/accounts/schemas/password-change";
import { changePassword, CHANGE_THROTTLED, PASSWORD_CHANGED_MESSAGE, SAME_AS_CURRENT, WRONG_CURRENT_PASSWORD } from "@/lib/accounts/change-password";
import { addAccount, mailsTo, OLD_PASSWORD, reloadAccount, setupRecoveryDb } from "./recovery-world";

const handle = setupRecoveryDb();

const polo = requireTenantById("polo");
const PESEL = "44051401359";
const NEW_PASSWORD = "Zielona-Lampa-7";

async function signedIn(options: Parameters<typeof addAccount>[2] = {}) {
  const account = await addAccount(handle.db, "polo", { pesel: PESEL, ...options });
  const current = await createSession(handle.db, { tenantId: "polo", accountId: account.id });
  const other = await createSession(handle.db, { tenantId: "polo", accountId: account.id });
  const ctx = { account, sessionId: current.session.id, ip: "198.51.100.20", userAgent: "vitest" };
  return { account, current, other, ctx };
}

describe(`Ustawienia → "Zmień hasło" (${testDbKind})`, () => {
  it("S03: without the current password the form is refused before anything is checked", () => {
    const parsed = passwordChangeSchema(polo).safeParse({ currentPassword: "", newPassword: NEW_PASSWORD, repeatPassword: NEW_PASSWORD });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toContain("Pole Aktualne hasło jest wymagane");
  });

  it("S03: a wrong current password changes nothing", async () => {
    const { account, ctx } = await signedIn();
    const result = await changePassword(handle.db, polo, { currentPassword: "Zle-Haslo-1", newPassword: NEW_PASSWORD }, ctx);
    expect(result).toEqual({ status: "error", fieldErrors: { currentPassword: [WRONG_CURRENT_PASSWORD] } });
    const after = await reloadAccount(handle.db, account.id);
    expect(after.passwordHash).toBe(account.passwordHash);
    expect(await mailsTo(handle.db, account.email)).toHaveLength(0);
    const audits = await handle.db.select().from(auditLog).where(eq(auditLog.targetId, account.id));
    expect(audits.map((a) => a.action)).toEqual(["password.change_failed"]);
  });

  it("S02: `Password1!`, the user's PESEL inside, and the current password are refused", async () => {
    const { account, ctx } = await signedIn();
    const common = await changePassword(handle.db, polo, { currentPassword: OLD_PASSWORD, newPassword: "Password1!" }, ctx);
    expect(common.fieldErrors?.newPassword?.join(" ")).toMatch(/zbyt popularne/);
    const pesel = await changePassword(handle.db, polo, { currentPassword: OLD_PASSWORD, newPassword: `Ab!${PESEL}` }, ctx);
    expect(pesel.fieldErrors?.newPassword?.join(" ")).toMatch(/PESEL/);
    const same = await changePassword(handle.db, polo, { currentPassword: OLD_PASSWORD, newPassword: OLD_PASSWORD }, ctx);
    expect(same.fieldErrors?.newPassword).toEqual([SAME_AS_CURRENT]);
    expect((await reloadAccount(handle.db, account.id)).passwordHash).toBe(account.passwordHash);
  });

  it("a repeat that differs is refused by the form's schema, with every problem at once", () => {
    const parsed = passwordChangeSchema(polo).safeParse({ currentPassword: "", newPassword: "", repeatPassword: "x" });
    expect(parsed.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["currentPassword", "Pole Aktualne hasło jest wymagane"],
      ["newPassword", "Pole Nowe hasło jest wymagane"],
    ]);
    const differ = passwordChangeSchema(polo).safeParse({ currentPassword: "a", newPassword: "Zielona-Lampa-7", repeatPassword: "Zielona-Lampa-8" });
    expect(differ.error!.issues.map((i) => i.path[0])).toEqual(["repeatPassword"]);
  });

  it("S08/S12/S20: a change sets the hash, ends the other sessions, keeps this one, e-mails and audits", async () => {
    const { account, current, other, ctx } = await signedIn();
    const result = await changePassword(handle.db, polo, { currentPassword: OLD_PASSWORD, newPassword: NEW_PASSWORD }, ctx);
    expect(result).toEqual({ status: "success", message: PASSWORD_CHANGED_MESSAGE });

    const after = await reloadAccount(handle.db, account.id);
    expect(await verifySecret(after.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(after.passwordChangedAt).not.toBeNull();

    expect((await checkSession(handle.db, current.token, "polo")).ok).toBe(true);
    expect(await checkSession(handle.db, other.token, "polo")).toEqual({ ok: false, reason: "revoked" });

    const mails = await mailsTo(handle.db, account.email, "password-changed");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(account.login);

    const [row] = await handle.db.select().from(auditLog).where(eq(auditLog.action, "password.changed"));
    expect(row).toMatchObject({ tenantId: "polo", actorId: account.id, ip: "198.51.100.20" });
    expect(JSON.stringify(row)).not.toContain(NEW_PASSWORD);
    expect(JSON.stringify(row)).not.toContain(OLD_PASSWORD);
  });

  it("S07: guessing the current password is rate-limited per account", async () => {
    setClockOffsetSeconds(900 - (Math.floor(Date.now() / 1000) % 900) + 1);
    const { account, ctx } = await signedIn();
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await changePassword(handle.db, polo, { currentPassword: `Zgadywanie-${i}`, newPassword: NEW_PASSWORD }, ctx));
    expect(answers[10]).toEqual({ status: "error", formError: CHANGE_THROTTLED });
    const right = await changePassword(handle.db, polo, { currentPassword: OLD_PASSWORD, newPassword: NEW_PASSWORD }, ctx);
    expect(right).toEqual({ status: "error", formError: CHANGE_THROTTLED });
    expect((await reloadAccount(handle.db, account.id)).passwordHash).toBe(account.passwordHash);
  });
});
