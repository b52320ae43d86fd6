import { and, eq } from "drizzle-orm";
import { customers, type Account } from "@/db/schema";
import type { Db, DbOrTx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import type { FormState } from "@/lib/actions/form-state";
import { auditCustomer } from "@/lib/audit";
import { hashSecret, verifySecret } from "@/lib/auth/password-hash";
import { passwordProblems, type PasswordContext } from "@/lib/auth/password-policy";
import { hitRateLimit } from "@/lib/security/rate-limit";
import type { RequestMeta } from "@/lib/request/meta";
import { setPassword } from "@/lib/accounts/set-password";

/**
 * Ustawienia → "Zmiana danych klienta" → "Zmień hasło" (document 001, Rys. 13). The current password
 * is required (S03); the new one follows the tenant's rules with the account's context (S02); a
 * change ends the account's other sessions (S12) and is announced by e-mail (S08).
 */
export const WRONG_CURRENT_PASSWORD = "Aktualne hasło jest nieprawidłowe.";
export const SAME_AS_CURRENT = "Nowe hasło musi różnić się od aktualnego.";
export const PASSWORD_CHANGED_MESSAGE = "Hasło zostało zmienione.";
export const CHANGE_THROTTLED = "Zbyt wiele prób zmiany hasła. Spróbuj ponownie za kilkanaście minut.";

/** Guessing the current password through this form is as slow as through the sign-in form. */
export const passwordChangeRule = { name: "password-change-account", limit: 10, windowSeconds: 900 };

/** The words a new password of this account may not contain (S02): login, PESEL, NIP, customer number, seller names. */
export async function passwordContextOf(db: DbOrTx, tenant: Tenant, account: Pick<Account, "login" | "customerId">): Promise<PasswordContext> {
  // A delegate-only account (docs/accounts.md §17) has no customer record: its login alone.
  const [customer] =
    account.customerId === null
      ? []
      : await db
          .select({ pesel: customers.pesel, nip: customers.nip, customerNumber: customers.customerNumber })
          .from(customers)
          .where(and(eq(customers.tenantId, tenant.id), eq(customers.id, account.customerId)))
          .limit(1);
  return {
    login: account.login,
    pesel: customer?.pesel,
    nip: customer?.nip,
    customerNumber: customer?.customerNumber,
    names: [tenant.names.short, tenant.names.product],
  };
}

export type PasswordChangeInput = { currentPassword: string; newPassword: string };
export type PasswordChangeContext = RequestMeta & { account: Account; sessionId: string };

export async function changePassword(db: Db, tenant: Tenant, input: PasswordChangeInput, ctx: PasswordChangeContext): Promise<FormState> {
  const { account } = ctx;
  if (!(await hitRateLimit(db, passwordChangeRule, account.id)).allowed) return { status: "error", formError: CHANGE_THROTTLED };

  const fieldErrors: Record<string, string[]> = {};
  const currentOk = Boolean(input.currentPassword) && account.passwordHash !== null && (await verifySecret(account.passwordHash, input.currentPassword));
  if (!currentOk) fieldErrors.currentPassword = [WRONG_CURRENT_PASSWORD];
  const problems = passwordProblems(input.newPassword, tenant.passwordPolicy, await passwordContextOf(db, tenant, account));
  if (currentOk && input.newPassword === input.currentPassword) problems.push(SAME_AS_CURRENT);
  if (problems.length > 0) fieldErrors.newPassword = problems;
  if (Object.keys(fieldErrors).length > 0) {
    if (!currentOk) await auditFailure(db, tenant, ctx);
    return { status: "error", fieldErrors };
  }

  const passwordHash = await hashSecret(input.newPassword);
  await db.transaction((tx) =>
    setPassword(
      tx,
      tenant,
      account,
      {
        passwordHash,
        unlock: false,
        revokeReason: "password-changed",
        keepSessionId: ctx.sessionId,
        action: "password.changed",
        details: { source: "settings" },
      },
      ctx,
    ),
  );
  return { status: "success", message: PASSWORD_CHANGED_MESSAGE };
}

async function auditFailure(db: Db, tenant: Tenant, ctx: PasswordChangeContext): Promise<void> {
  await auditCustomer({ db, tenant, accountId: ctx.account.id }, ctx, {
    action: "password.change_failed",
    targetKind: "account",
    targetId: ctx.account.id,
    details: { reason: "wrong-current" },
  });
}
