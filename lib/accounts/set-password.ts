import { and, eq } from "drizzle-orm";
import { accounts, type Account } from "@/db/schema";
import type { Tx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import { auditCustomer } from "@/lib/audit";
import { now } from "@/lib/clock";
import { sendEmail } from "@/lib/email/send";
import { revokeAccountSessions } from "@/lib/auth/sessions";
import { forgetDevices } from "@/lib/accounts/second-factor";
import type { RequestMeta } from "@/lib/request/meta";

/**
 * The one "new password set" step of an active account, inside the caller's transaction: the hash
 * stored (the forced change, if any, done), every other session ended (S12), the owner told by
 * e-mail (S08), remembered devices forgotten (S32) and the event audited. Settings, the forced change after a one-time password and the
 * reset link all end here; `unlock` also lifts a lock, for the flows where the owner has just proved
 * the e-mail address. Returns the time of the change.
 */
export async function setPassword(
  tx: Tx,
  tenant: Tenant,
  account: Pick<Account, "id" | "login" | "email">,
  change: {
    passwordHash: string;
    unlock: boolean;
    /** Why the other sessions end ("password-changed", "password-reset"). */
    revokeReason: string;
    /** The session that made the change and stays signed in, if any. */
    keepSessionId?: string;
    action: "password.changed" | "password.reset";
    details: Record<string, unknown>;
  },
  meta: RequestMeta,
): Promise<Date> {
  const at = now();
  await tx
    .update(accounts)
    .set({
      passwordHash: change.passwordHash,
      passwordChangedAt: at,
      mustChangePassword: false,
      ...(change.unlock ? { failedAttempts: 0, lockedAt: null } : {}),
    })
    .where(and(eq(accounts.id, account.id), eq(accounts.tenantId, tenant.id)));
  await revokeAccountSessions(tx, account.id, change.revokeReason, change.keepSessionId);
  // Remembered devices skip the second step no longer (docs/accounts.md §15).
  await forgetDevices(tx, account.id);
  await sendEmail(tx, { tenant, to: account.email, template: { name: "password-changed", props: { login: account.login, changedAt: at } } });
  await auditCustomer({ db: tx, tenant, accountId: account.id }, meta, {
    action: change.action,
    targetKind: "account",
    targetId: account.id,
    details: change.details,
  });
  return at;
}
