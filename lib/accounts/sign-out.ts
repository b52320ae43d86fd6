import type { RequestMeta } from "@/lib/request/meta";
import { auditCustomer, type AuditedCustomer } from "@/lib/audit";
import { revokeSession } from "@/lib/auth/sessions";

/**
 * "Wyloguj" ends the session on the server (S11): the row is revoked, so the cookie is worthless even
 * if someone kept a copy. Clearing the cookie itself is the action's job. The scope may name no
 * customer: a delegate-only account with no live delegation signs out too (docs/accounts.md §17).
 */
export async function signOutSession(scope: AuditedCustomer, sessionId: string, request: RequestMeta): Promise<void> {
  await scope.db.transaction(async (tx) => {
    await revokeSession(tx, sessionId, "logout");
    await auditCustomer({ ...scope, db: tx }, request, { action: "signout", targetKind: "account", targetId: scope.accountId, details: null });
  });
}
