import { z } from "zod";
import type { Tenant } from "@/lib/tenant/schema";
import { passwordProblems } from "@/lib/auth/password-policy";
import { checkEmail, checkRequired, report, requiredMessage, text, type Issue } from "@/lib/accounts/schemas/fields";

/** The recovery forms: "Nie pamiętasz hasła?" (login), "Nie pamiętasz nazwy użytkownika?" (e-mail), and the reset link's new password. */

export const LOGIN_LABEL = "Login";
export const EMAIL_LABEL = "E-mail";
export const NEW_PASSWORD_LABEL = "Nowe hasło";
export const REPEAT_PASSWORD_LABEL = "Powtórz hasło";

export const passwordRecoverySchema = (_tenant: Tenant) =>
  z
    .object({ login: text() })
    .superRefine((input, ctx) => {
      const issues: Issue[] = [];
      checkRequired(input.login, issues, LOGIN_LABEL, "login");
      report(ctx, issues);
    })
    .transform((input) => ({ login: input.login.trim() }));

export const loginReminderSchema = (_tenant: Tenant) =>
  z
    .object({ email: text() })
    .superRefine((input, ctx) => {
      const issues: Issue[] = [];
      checkEmail(input.email, issues, EMAIL_LABEL);
      report(ctx, issues);
    })
    .transform((input) => ({ email: input.email.trim().toLowerCase() }));

/**
 * Passwords are taken as typed (no trim): spaces count (S01). The tenant's rules are checked here so
 * every problem shows at once; the words of the account (S02) are checked once it is known.
 */
export const resetPasswordSchema = (tenant: Tenant) =>
  z.object({ token: text(), password: text(), repeat: text() }).superRefine((input, ctx) => {
    const issues: Issue[] = [];
    if (!input.password) issues.push({ path: "password", message: requiredMessage(NEW_PASSWORD_LABEL) });
    else for (const message of passwordProblems(input.password, tenant.passwordPolicy)) issues.push({ path: "password", message });
    if (!input.repeat) issues.push({ path: "repeat", message: requiredMessage(REPEAT_PASSWORD_LABEL) });
    else if (input.password && input.repeat !== input.password) issues.push({ path: "repeat", message: "Hasła nie są takie same." });
    report(ctx, issues);
  });

export const recoverySecretFields = ["password", "repeat", "token"] as const;
