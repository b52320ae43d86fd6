import { and, eq } from "drizzle-orm";
import { accounts } from "@/db/schema";
import type { Db, DbOrTx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import { addHours, now } from "@/lib/clock";
import { auditCustomer } from "@/lib/audit";
import { sendEmail } from "@/lib/email/send";
import { consumeLinkToken, issueOneTimePassword, peekLinkToken, TOKEN_TTL_HOURS } from "@/lib/accounts/tokens";
import type { RequestMeta } from "@/lib/request/meta";

/**
 * The activation link of the contract flow (document 001 Rys. 5). Opening the link only looks
 * (GET changes nothing — mail scanners prefetch links, S16); the button on the page POSTs, which
 * uses the token once, activates the account and e-mails a one-time password for the first login.
 */

export type ActivationState = { state: "ready"; login: string } | { state: "used" | "expired" | "invalid" };

export async function activationState(db: DbOrTx, tenant: Tenant, token: string): Promise<ActivationState> {
  const peek = await peekLinkToken(db, tenant.id, "activation", token);
  if (!peek.ok) return { state: peek.reason };
  const [account] = await db
    .select({ login: accounts.login, status: accounts.status })
    .from(accounts)
    .where(and(eq(accounts.id, peek.token.accountId), eq(accounts.tenantId, tenant.id)))
    .limit(1);
  if (!account) return { state: "invalid" };
  return account.status === "pending_activation" ? { state: "ready", login: account.login } : { state: "used" };
}

export type ActivationResult = { ok: true; login: string } | { ok: false; reason: "used" | "expired" | "invalid" };

export async function activateAccount(db: Db, tenant: Tenant, token: string, meta: RequestMeta): Promise<ActivationResult> {
  return db.transaction(async (tx) => {
    const use = await consumeLinkToken(tx, tenant.id, "activation", token);
    if (!use.ok) return { ok: false, reason: use.reason };
    const at = now();
    const [account] = await tx
      .update(accounts)
      .set({ status: "active", pendingUntil: null, activatedAt: at, mustChangePassword: true, failedAttempts: 0 })
      .where(and(eq(accounts.id, use.token.accountId), eq(accounts.tenantId, tenant.id), eq(accounts.status, "pending_activation")))
      .returning();
    if (!account) return { ok: false, reason: "used" };

    const password = await issueOneTimePassword(tx, { tenantId: tenant.id, accountId: account.id });
    await sendEmail(tx, {
      tenant,
      to: account.email,
      template: { name: "one-time-password", props: { reason: "activation", login: account.login, password, expiresAt: addHours(at, TOKEN_TTL_HOURS) } },
    });
    await auditCustomer({ db: tx, tenant, accountId: account.id }, meta, {
      action: "account.activated",
      targetKind: "account",
      targetId: account.id,
      details: { flow: "contract" },
    });
    return { ok: true, login: account.login };
  });
}
