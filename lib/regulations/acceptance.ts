import { and, eq } from "drizzle-orm";
import { regulationAcceptances, type RegulationVersion } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import { now } from "@/lib/clock";
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
