import type { Db } from "@/db/client";
import { audit } from "@/lib/audit";
import { revokeSession } from "@/lib/auth/sessions";
import type { RequestMeta } from "@/lib/request/meta";

/**
 * "Wyloguj" ends the session on the server (S11): the row is revoked, so the cookie is worthless even
 * if someone kept a copy. Clearing the cookie itself is the action's job.
 */
export async function signOutSession(db: Db, input: { tenantId: string; accountId: string; sessionId: string }, request: RequestMeta): Promise<void> {
  await db.transaction(async (tx) => {
    await revokeSession(tx, input.sessionId, "logout");
    await audit(tx, {
      tenantId: input.tenantId,
      actorKind: "customer",
      actorId: input.accountId,
      action: "signout",
      targetKind: "account",
      targetId: input.accountId,
      ip: request.ip,
      userAgent: request.userAgent,
      details: null,
    });
  });
}
