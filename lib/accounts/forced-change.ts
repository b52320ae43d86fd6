import { z } from "zod";
import type { Account } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import { hashSecret } from "@/lib/auth/password-hash";
import { passwordProblems } from "@/lib/auth/password-policy";
import { createSession } from "@/lib/auth/sessions";
import { findOneTimePassword, markTokenUsed } from "@/lib/accounts/tokens";
import { report, requiredMessage, text, type Issue } from "@/lib/accounts/schemas/fields";
import type { RequestMeta } from "@/lib/request/meta";
import { setPassword } from "@/lib/accounts/set-password";
import { passwordContextOf } from "@/lib/accounts/change-password";

/**
 * "Wymagana zmiana hasła" (documents 000/001 Rys. 7): Hasło jednorazowe, Nowe hasło, Powtórz nowe
 * hasło. The form's schema reports every problem it can see without the account; completeForcedChange
 * adds those that need it (the live one-time password, the login or PESEL inside the password).
 */
export const forcedChangeLabels = { oneTimePassword: "Hasło jednorazowe", newPassword: "Nowe hasło", repeatPassword: "Powtórz nowe hasło" } as const;

export const PASSWORDS_DIFFER = "Hasła nie są identyczne.";
export const WRONG_ONE_TIME_PASSWORD = "Hasło jednorazowe jest nieprawidłowe lub wygasło.";

export const forcedChangeSchema = (tenant: Tenant) =>
  z
    .object({ oneTimePassword: text(), newPassword: text(), repeatPassword: text() })
    .superRefine((input, ctx) => {
      const issues: Issue[] = [];
      if (!input.oneTimePassword.trim()) issues.push({ path: "oneTimePassword", message: requiredMessage(forcedChangeLabels.oneTimePassword) });
      if (input.newPassword.length === 0) issues.push({ path: "newPassword", message: requiredMessage(forcedChangeLabels.newPassword) });
      else for (const message of passwordProblems(input.newPassword, tenant.passwordPolicy)) issues.push({ path: "newPassword", message });
      if (input.repeatPassword.length === 0) issues.push({ path: "repeatPassword", message: requiredMessage(forcedChangeLabels.repeatPassword) });
      else if (input.newPassword && input.repeatPassword !== input.newPassword) issues.push({ path: "repeatPassword", message: PASSWORDS_DIFFER });
      report(ctx, issues);
    })
    .transform((input) => ({ oneTimePassword: input.oneTimePassword.trim(), newPassword: input.newPassword }));

export type ForcedChangeInput = z.output<ReturnType<typeof forcedChangeSchema>>;

export type ForcedChangeResult = { ok: true; token: string } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * Sets the new password. The one-time password must be the one that signed this very session in
 * (S27: it signs in once, and only that sign-in goes on to the change). In one transaction: the
 * hash, the one-time password used up, every session of the account ended (S12) and a new one
 * started (S09: a new id after the change), the owner told by e-mail (S08), an audit row.
 */
export async function completeForcedChange(
  db: Db,
  tenant: Tenant,
  signedIn: { account: Account; sessionId: string },
  input: ForcedChangeInput,
  request: RequestMeta,
): Promise<ForcedChangeResult> {
  const { account } = signedIn;
  const fieldErrors: Record<string, string[]> = {};
  const otp = await findOneTimePassword(db, account.id, input.oneTimePassword, signedIn.sessionId);
  if (!otp) fieldErrors.oneTimePassword = [WRONG_ONE_TIME_PASSWORD];
  const problems = passwordProblems(input.newPassword, tenant.passwordPolicy, await passwordContextOf(db, tenant, account));
  if (problems.length) fieldErrors.newPassword = problems;
  if (!otp || problems.length) return { ok: false, fieldErrors };

  const passwordHash = await hashSecret(input.newPassword);
  const token = await db.transaction(async (tx) => {
    // First, and atomically: of two requests racing with one one-time password, only one goes on.
    if (!(await markTokenUsed(tx, otp.id))) return null;
    await setPassword(
      tx,
      tenant,
      account,
      { passwordHash, unlock: true, revokeReason: "password-changed", action: "password.changed", details: { via: "one-time-password" } },
      request,
    );
    const session = await createSession(tx, { tenantId: tenant.id, accountId: account.id, ip: request.ip, userAgent: request.userAgent });
    return session.token;
  });
  if (!token) return { ok: false, fieldErrors: { oneTimePassword: [WRONG_ONE_TIME_PASSWORD] } };
  return { ok: true, token };
}
