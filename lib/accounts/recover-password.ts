import { and, eq, sql } from "drizzle-orm";
import { accounts, type Account } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import type { FormState } from "@/lib/actions/form-state";
import { audit } from "@/lib/audit";
import { addHours, now } from "@/lib/clock";
import { sendEmail } from "@/lib/email/send";
import { issueOneTimePassword, TOKEN_TTL_HOURS } from "@/lib/accounts/tokens";
import { sendResetLink } from "@/lib/accounts/reset-by-link";
import { RECOVERY_MIN_DURATION_MS, withMinDuration } from "@/lib/security/min-duration";
import { recoveryRules, THROTTLED_MESSAGE, underRecoveryLimits } from "@/lib/security/recovery-limits";

/**
 * "Nie pamiętasz hasła?" / "Zapomniałeś hasła?" (SPEC §3). For an active account with the typed
 * login, a one-time password (Polenergia: the old password keeps working until it is used) or a
 * reset link (MPEC) goes to the account's e-mail. The answer is the same FormState, after the same
 * minimum time, for every login — known, unknown, pending or disabled (S06).
 */
export type RequestContext = { ip: string | null; userAgent: string | null };

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
  ctx: RequestContext,
  options: { minDurationMs?: number } = {},
): Promise<FormState> {
  return withMinDuration(options.minDurationMs ?? RECOVERY_MIN_DURATION_MS, async () => {
    const rules = { byAddress: recoveryRules.passwordByAddress, bySubject: recoveryRules.passwordByLogin };
    if (!(await underRecoveryLimits(db, rules, { tenantId: tenant.id, ip: ctx.ip, subject: input.login }))) {
      return { status: "error", formError: THROTTLED_MESSAGE };
    }
    const account = await findActiveAccountByLogin(db, tenant.id, input.login);
    if (account) {
      if (tenant.recovery === "reset-link") await sendResetLink(db, tenant, account);
      else await sendOneTimePassword(db, tenant, account);
    }
    await audit(db, {
      tenantId: tenant.id,
      actorKind: "anonymous",
      actorId: null,
      action: "recovery.requested",
      targetKind: account ? "account" : null,
      targetId: account?.id ?? null,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { method: tenant.recovery, matched: Boolean(account) },
    });
    return passwordRecoveryAnswer;
  });
}
