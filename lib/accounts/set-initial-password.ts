import { and, eq } from "drizzle-orm";
import { accounts, customers } from "@/db/schema";
import type { Db, DbOrTx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import { now } from "@/lib/clock";
import { auditCustomer } from "@/lib/audit";
import { sendEmail } from "@/lib/email/send";
import { hashSecret } from "@/lib/auth/password-hash";
import { passwordProblems } from "@/lib/auth/password-policy";
import { consumeLinkToken, peekLinkToken } from "@/lib/accounts/tokens";
import { PASSWORD_STEP } from "@/lib/accounts/register-by-customer-number";
import { PASSWORDS_DIFFER } from "@/lib/accounts/schemas/registration";
import { offersFlow, type RegistrationFailure } from "@/lib/accounts/registration-common";
import type { RequestMeta } from "@/lib/request/meta";

/**
 * MPEC "Ustaw hasło do portalu" right after registration (document 004, step 3). The step's
 * token came from the registration and is used once; the password follows the tenant's rule plus
 * the common floor, common-password and context checks (S01, S02).
 */

export const passwordStepMessages = {
  gone: "Czas na ustawienie hasła minął albo hasło zostało już ustawione. Jeżeli konto nie zostało utworzone, zarejestruj się ponownie.",
} as const;

export type PasswordStep = { ok: true; login: string } | { ok: false };

async function stepAccount(db: DbOrTx, tenant: Tenant, accountId: string) {
  const [row] = await db
    .select({ account: accounts, customerNumber: customers.customerNumber, pesel: customers.pesel, nip: customers.nip })
    .from(accounts)
    .innerJoin(customers, and(eq(customers.tenantId, accounts.tenantId), eq(customers.id, accounts.customerId)))
    .where(and(eq(accounts.id, accountId), eq(accounts.tenantId, tenant.id), eq(accounts.status, "pending_activation")))
    .limit(1);
  return row ?? null;
}

/** Whether the step token (from the cookie) still opens the form; looks only. */
export async function passwordStep(db: DbOrTx, tenant: Tenant, token: string | undefined): Promise<PasswordStep> {
  if (!token) return { ok: false };
  const peek = await peekLinkToken(db, tenant.id, "password_reset_link", token);
  if (!peek.ok || peek.token.payload?.step !== PASSWORD_STEP) return { ok: false };
  const row = await stepAccount(db, tenant, peek.token.accountId);
  return row ? { ok: true, login: row.account.login } : { ok: false };
}

export type SetPasswordResult = { ok: true; login: string } | RegistrationFailure;

export async function setInitialPassword(
  db: Db,
  tenant: Tenant,
  token: string | undefined,
  input: { password: string; passwordRepeat: string },
  meta: RequestMeta,
): Promise<SetPasswordResult> {
  const { password } = input;
  if (!offersFlow(tenant, "customer-number")) return { ok: false, formError: passwordStepMessages.gone };
  const step = token ? await peekLinkToken(db, tenant.id, "password_reset_link", token) : null;
  const row = step?.ok && step.token.payload?.step === PASSWORD_STEP ? await stepAccount(db, tenant, step.token.accountId) : null;
  if (!token || !row) return { ok: false, formError: passwordStepMessages.gone };

  const problems = passwordProblems(password, tenant.passwordPolicy, {
    login: row.account.login,
    customerNumber: row.customerNumber,
    pesel: row.pesel,
    nip: row.nip,
    names: [tenant.names.short, tenant.names.product],
  });
  const repeatProblems = input.passwordRepeat !== password ? [PASSWORDS_DIFFER] : [];
  if (problems.length > 0 || repeatProblems.length > 0) {
    return {
      ok: false,
      fieldErrors: { ...(problems.length ? { password: problems } : {}), ...(repeatProblems.length ? { passwordRepeat: repeatProblems } : {}) },
    };
  }

  // Hashing takes a moment; do it before the transaction holds any row.
  const passwordHash = await hashSecret(password);
  return db.transaction(async (tx): Promise<SetPasswordResult> => {
    const use = await consumeLinkToken(tx, tenant.id, "password_reset_link", token);
    if (!use.ok) return { ok: false, formError: passwordStepMessages.gone };
    const at = now();
    const [account] = await tx
      .update(accounts)
      .set({ status: "active", passwordHash, mustChangePassword: false, pendingUntil: null, activatedAt: at, passwordChangedAt: at, failedAttempts: 0 })
      .where(and(eq(accounts.id, use.token.accountId), eq(accounts.tenantId, tenant.id), eq(accounts.status, "pending_activation")))
      .returning();
    if (!account) return { ok: false, formError: passwordStepMessages.gone };
    await sendEmail(tx, { tenant, to: account.email, template: { name: "account-created", props: { login: account.login } } });
    await auditCustomer({ db: tx, tenant, accountId: account.id }, meta, {
      action: "account.activated",
      targetKind: "account",
      targetId: account.id,
      details: { flow: "customer-number", step: "password-set" },
    });
    return { ok: true, login: account.login };
  });
}
