import { eq } from "drizzle-orm";
import { accounts, type Account } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import type { FormState } from "@/lib/actions/form-state";
import { addHours, now } from "@/lib/clock";
import { sendEmail } from "@/lib/email/send";
import { hashSecret } from "@/lib/auth/password-hash";
import { passwordProblems } from "@/lib/auth/password-policy";
import { consumeLinkToken, issueLinkToken, peekLinkToken, TOKEN_TTL_HOURS, type TokenUse } from "@/lib/accounts/tokens";
import { passwordContextOf } from "@/lib/accounts/change-password";
import { setPassword } from "@/lib/accounts/set-password";
import type { RequestMeta } from "@/lib/request/meta";
import { tenantAccount } from "@/lib/accounts/registration-common";

/**
 * Recovery by link (tenant.recovery = "reset-link", MPEC: "Zapomniałeś hasła?" → login → link →
 * "Ustaw hasło do portalu"). The link carries 256 random bits, is stored as SHA-256, works once and
 * for 24 hours (S05). Opening it changes nothing; only the form's POST uses it.
 */
export const RESET_PATH = "/haslo/ustaw";
export const resetPath = (token: string) => `${RESET_PATH}/${token}`;

export async function sendResetLink(db: Db, tenant: Tenant, account: Account): Promise<void> {
  await db.transaction(async (tx) => {
    const token = await issueLinkToken(tx, { tenantId: tenant.id, accountId: account.id, purpose: "password_reset_link" });
    await sendEmail(tx, {
      tenant,
      to: account.email,
      template: { name: "password-reset", props: { login: account.login, path: resetPath(token), expiresAt: addHours(now(), TOKEN_TTL_HOURS) } },
    });
  });
}

/** What the link page shows: the form, or why the link no longer works. */
export async function checkResetLink(db: Db, tenant: Tenant, token: string): Promise<TokenUse> {
  return peekLinkToken(db, tenant.id, "password_reset_link", token);
}

export const linkProblem: Record<Exclude<TokenUse, { ok: true }>["reason"], string> = {
  invalid: "Ten link do ustawienia hasła jest nieprawidłowy. Sprawdź, czy został skopiowany w całości, albo poproś o nowy.",
  expired: "Ten link do ustawienia hasła stracił ważność (link jest ważny 24 godziny). Poproś o nowy.",
  used: "Ten link do ustawienia hasła został już wykorzystany. Jeśli nadal chcesz zmienić hasło, poproś o nowy link.",
};

export const PASSWORD_SET_MESSAGE = "Hasło zostało zapisane. Możesz zalogować się nowym hasłem.";

const accountOf = (db: Db, tenantId: string, accountId: string) => tenantAccount(db, tenantId, eq(accounts.id, accountId));

/**
 * Sets the password from a reset link: the rules are checked first (a refused password leaves the
 * link usable), then in one transaction the link is used up, the password set, a lock lifted (the
 * owner proved the e-mail), every session ended (S12), the owner told (S08) and the event audited.
 */
export async function setPasswordByLink(db: Db, tenant: Tenant, input: { token: string; password: string }, ctx: RequestMeta): Promise<FormState> {
  const peek = await checkResetLink(db, tenant, input.token);
  const account = peek.ok ? await accountOf(db, tenant.id, peek.token.accountId) : null;
  if (!peek.ok || !account || account.status !== "active") return { status: "error", formError: linkProblem[peek.ok ? "invalid" : peek.reason] };

  const problems = passwordProblems(input.password, tenant.passwordPolicy, await passwordContextOf(db, tenant, account));
  if (problems.length > 0) return { status: "error", fieldErrors: { password: problems } };

  const passwordHash = await hashSecret(input.password);
  return db.transaction(async (tx) => {
    const used = await consumeLinkToken(tx, tenant.id, "password_reset_link", input.token);
    if (!used.ok) return { status: "error", formError: linkProblem[used.reason] } satisfies FormState;
    await setPassword(
      tx,
      tenant,
      account,
      { passwordHash, unlock: true, revokeReason: "password-reset", action: "password.reset", details: { unlocked: account.lockedAt !== null } },
      ctx,
    );
    return { status: "success", message: PASSWORD_SET_MESSAGE } satisfies FormState;
  });
}
