import { and, eq } from "drizzle-orm";
import { consentEvents, regulationAcceptances, type Account, type RegulationVersion } from "@/db/schema";
import type { Db, DbOrTx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import { now } from "@/lib/clock";
import { auditCustomer } from "@/lib/audit";
import type { RequestMeta } from "@/lib/request/meta";
import { currentRegulation } from "./in-force";

/** The version the account still has to accept, or null. */
export async function regulationToAccept(db: DbOrTx, tenant: Tenant, accountId: string): Promise<RegulationVersion | null> {
  const current = await currentRegulation(db, tenant);
  const [accepted] = await db
    .select({ at: regulationAcceptances.acceptedAt })
    .from(regulationAcceptances)
    .where(and(eq(regulationAcceptances.accountId, accountId), eq(regulationAcceptances.regulationVersionId, current.id)))
    .limit(1);
  return accepted ? null : current;
}

export async function acceptRegulation(db: DbOrTx, input: { tenantId: string; accountId: string; versionId: string; ip: string | null }): Promise<void> {
  await db
    .insert(regulationAcceptances)
    .values({ tenantId: input.tenantId, accountId: input.accountId, regulationVersionId: input.versionId, acceptedAt: now(), ip: input.ip })
    .onConflictDoNothing();
}

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
    // A consent event belongs to a customer; a delegate-only account (docs/accounts.md §17) has none.
    if (account.customerId !== null)
      await tx.insert(consentEvents).values({
        tenantId: tenant.id,
        customerId: account.customerId,
        accountId: account.id,
        kind: "regulation",
        granted: true,
        source: "regulation-gate",
        ip: request.ip,
      });
    await auditCustomer({ db: tx, tenant, accountId: account.id }, request, {
      action: "regulation.accepted",
      targetKind: "regulation_version",
      targetId: pending.id,
      details: { version: pending.version },
    });
  });
  return { ok: true };
}
