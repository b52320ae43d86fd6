import type { Db } from "@/db/client";
import { consentEvents, type Account } from "@/db/schema";
import type { Tenant } from "@/lib/tenant/schema";
import { audit } from "@/lib/audit";
import { acceptRegulation, regulationToAccept } from "@/lib/regulations/acceptance";
import type { RequestMeta } from "@/lib/request/meta";

export const REGULATION_CHANGED = "Regulamin został w międzyczasie zmieniony. Zapoznaj się z aktualną wersją i zaakceptuj ją ponownie.";

/**
 * Records the acceptance of the version the customer was shown (version, time, address), as a
 * consent event too, with an audit row. A version published meanwhile is not accepted blindly.
 */
export async function acceptShownRegulation(
  db: Db,
  tenant: Tenant,
  account: Account,
  shownVersionId: string,
  request: RequestMeta,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const pending = await regulationToAccept(db, tenant, account.id);
  if (!pending) return { ok: true };
  if (pending.id !== shownVersionId) return { ok: false, message: REGULATION_CHANGED };
  await db.transaction(async (tx) => {
    await acceptRegulation(tx, { tenantId: tenant.id, accountId: account.id, versionId: pending.id, ip: request.ip });
    await tx.insert(consentEvents).values({ tenantId: tenant.id, customerId: account.customerId, accountId: account.id, kind: "regulation", granted: true, source: "regulation-gate", ip: request.ip });
    await audit(tx, {
      tenantId: tenant.id,
      actorKind: "customer",
      actorId: account.id,
      action: "regulation.accepted",
      targetKind: "regulation_version",
      targetId: pending.id,
      ip: request.ip,
      userAgent: request.userAgent,
      details: { version: pending.version },
    });
  });
  return { ok: true };
}
