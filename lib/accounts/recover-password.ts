import { and, eq, sql } from "drizzle-orm";
import { accounts, type Account } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import type { FormState } from "@/lib/actions/form-state";
import { addHours, now } from "@/lib/clock";
import { sendEmail } from "@/lib/email/send";
import { issueOneTimePassword, TOKEN_TTL_HOURS } from "@/lib/accounts/tokens";
import { sendResetLink } from "@/lib/accounts/reset-by-link";
import { recoveryRules } from "@/lib/security/recovery-limits";
import { answerRecoveryRequest } from "@/lib/accounts/recovery-request";
import type { RequestMeta } from "@/lib/request/meta";

/**
 * "Nie pamiętasz hasła?" / "Zapomniałeś hasła?" (docs/accounts.md §9). For an active account with the typed
 * login, a one-time password (Polenergia: the old password keeps working until it is used) or a
 * reset link (MPEC) goes to the account's e-mail. The answer is the same FormState, after the same
 * minimum time, for every login — known, unknown, pending or disabled (S06).
 */
/** The one answer for every input (documents 000/001, Rys. 10, and its MPEC counterpart). */
export const passwordRecoveryAnswer: FormState = { status: "success" };

export async function findActiveAccountByLogin(db: Db, tenantId: string, login: string): Promise<Account | null> {
  const [account] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), sql`lower(${accounts.login}) = ${login.toLowerCase()}`, eq(accounts.status, "active")))
    .limit(1);
  return account ?? null;
}

async function sendOneTimePassword(db: Db, tenant: Tenant, account: Account): Promise<void> {
  await db.transaction(async (tx) => {
    // The password hash and the lock stay as they are: signing in with the one-time password lifts the lock and forces a change.
    const password = await issueOneTimePassword(tx, { tenantId: tenant.id, accountId: account.id });
    await sendEmail(tx, {
      tenant,
      to: account.email,
      template: { name: "one-time-password", props: { reason: "recovery", login: account.login, password, expiresAt: addHours(now(), TOKEN_TTL_HOURS) } },
    });
  });
}

export async function recoverPassword(
  db: Db,
  tenant: Tenant,
  input: { login: string },
  meta: RequestMeta,
  options: { minDurationMs?: number } = {},
): Promise<FormState> {
  const rules = { byAddress: recoveryRules.passwordByAddress, bySubject: recoveryRules.passwordByLogin };
  const request = { rules, subject: input.login, action: "recovery.requested", answer: passwordRecoveryAnswer, minDurationMs: options.minDurationMs } as const;
  return answerRecoveryRequest(db, tenant, meta, request, async () => {
    const account = await findActiveAccountByLogin(db, tenant.id, input.login);
    if (account) {
      if (tenant.recovery === "reset-link") await sendResetLink(db, tenant, account);
      else await sendOneTimePassword(db, tenant, account);
    }
    return { targetAccountId: account?.id ?? null, details: { method: tenant.recovery, matched: Boolean(account) } };
  });
}
