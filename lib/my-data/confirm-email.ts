import { and, eq } from "drizzle-orm";
import { accounts, exportEvents, type Account } from "@/db/schema";
import { assertRole, ROLES, type CustomerScope } from "@/lib/auth/customer-scope";
import type { RequestMeta } from "@/lib/request/meta";
import { auditCustomer } from "@/lib/audit";
import { now } from "@/lib/clock";
import { consumeLinkToken, peekLinkToken } from "@/lib/accounts/tokens";
import { sendEmail } from "@/lib/email/send";
import { maskEmail } from "@/emails/email-changed";

/**
 * /moje-dane/potwierdz-email/[token]: the link sent to the NEW address. Only the account that asked
 * for the change may use it; any other token — unknown, used, expired or someone else's — is "not found".
 */
export const EMAIL_CHANGED = "Adres e-mail został zmieniony.";

export type ConfirmResult = { ok: true; email: string } | { ok: false };

/** The address a valid link of this account would set (GET shows it; nothing changes). */
export async function pendingEmail(scope: CustomerScope, raw: string): Promise<string | null> {
  const peek = await peekLinkToken(scope.db, scope.tenant.id, "email_change", raw);
  if (!peek.ok || peek.token.accountId !== scope.accountId) return null;
  return peek.token.payload?.email ?? null;
}

export async function confirmEmailChange(scope: CustomerScope, account: Account, raw: string, request: RequestMeta): Promise<ConfirmResult> {
  assertRole(scope, ROLES.holder);
  const { db, tenant } = scope;
  // Checked before consuming, so someone else's link is not spent by a wrong account.
  if (!(await pendingEmail(scope, raw))) return { ok: false };
  return db.transaction(async (tx) => {
    const used = await consumeLinkToken(tx, tenant.id, "email_change", raw);
    const email = used.ok ? used.token.payload?.email : undefined;
    if (!used.ok || used.token.accountId !== account.id || !email) return { ok: false } as const;
    const at = now();
    await tx
      .update(accounts)
      .set({ email })
      .where(and(eq(accounts.id, account.id), eq(accounts.tenantId, tenant.id)));
    // The old address hears of it too: an owner whose session was taken over learns it there.
    if (account.email.toLowerCase() !== email.toLowerCase()) {
      await sendEmail(tx, {
        tenant,
        to: account.email,
        template: { name: "email-changed", props: { login: account.login, maskedNewEmail: maskEmail(email), changedAt: at } },
      });
    }
    await tx.insert(exportEvents).values({ tenantId: tenant.id, customerId: scope.customerId, type: "contact.changed", payload: { email }, createdAt: at });
    await auditCustomer({ ...scope, db: tx }, request, { action: "email.changed", targetKind: "account", targetId: account.id, details: {} });
    return { ok: true, email } as const;
  });
}
