import { z } from "zod";
import type { Tenant } from "@/lib/tenant/schema";
import { passwordProblems } from "@/lib/auth/password-policy";
import { report, requiredMessage, text, type Issue } from "@/lib/accounts/schemas/fields";

/** Ustawienia → "Zmiana danych klienta" → "Zmień hasło" (document 001, Rys. 13). */

export const passwordChangeLabels = {
  current: "Aktualne hasło",
  next: "Nowe hasło",
  repeat: "Powtórz nowe hasło",
} as const;

/**
 * Passwords are taken as typed (no trim): spaces count (S01). The tenant's rules are checked here so
 * every problem shows at once; the current password and the account's words (S02) by changePassword().
 */
export const passwordChangeSchema = (tenant: Tenant) =>
  z.object({ currentPassword: text(), newPassword: text(), repeatPassword: text() }).superRefine((input, ctx) => {
    const issues: Issue[] = [];
    if (!input.currentPassword) issues.push({ path: "currentPassword", message: requiredMessage(passwordChangeLabels.current) });
    if (!input.newPassword) issues.push({ path: "newPassword", message: requiredMessage(passwordChangeLabels.next) });
    else for (const message of passwordProblems(input.newPassword, tenant.passwordPolicy)) issues.push({ path: "newPassword", message });
    if (!input.repeatPassword) issues.push({ path: "repeatPassword", message: requiredMessage(passwordChangeLabels.repeat) });
    else if (input.newPassword && input.repeatPassword !== input.newPassword) issues.push({ path: "repeatPassword", message: "Hasła nie są takie same." });
    report(ctx, issues);
  });

export const passwordChangeSecretFields = ["currentPassword", "newPassword", "repeatPassword"] as const;
