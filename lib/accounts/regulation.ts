import { and, desc, eq, lte } from "drizzle-orm";
import { regulationAcceptances, regulationVersions, type RegulationVersion } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import { now } from "@/lib/clock";
import { warsawDate } from "@/lib/format";

/**
 * Regulation versions live in the database (the back office publishes new ones); the first
 * version comes from the tenant file and is written on first use. The current version is the
 * newest published one already in force.
 */
async function ensureInitialVersion(db: DbOrTx, tenant: Tenant): Promise<void> {
  await db
    .insert(regulationVersions)
    .values({
      tenantId: tenant.id,
      version: tenant.regulation.version,
      title: tenant.regulation.title,
      markdown: tenant.regulation.markdown,
      effectiveDate: tenant.regulation.effectiveDate,
      status: "published",
      publishedAt: new Date(`${tenant.regulation.effectiveDate}T00:00:00Z`),
    })
    .onConflictDoNothing();
}

export async function currentRegulation(db: DbOrTx, tenant: Tenant): Promise<RegulationVersion> {
  const today = warsawDate(now());
  const find = () =>
    db
      .select()
      .from(regulationVersions)
      .where(and(eq(regulationVersions.tenantId, tenant.id), eq(regulationVersions.status, "published"), lte(regulationVersions.effectiveDate, today)))
      .orderBy(desc(regulationVersions.effectiveDate), desc(regulationVersions.publishedAt))
      .limit(1);
  let [current] = await find();
  if (!current) {
    await ensureInitialVersion(db, tenant);
    [current] = await find();
  }
  if (!current) throw new Error(`tenant ${tenant.id} has no regulation in force`);
  return current;
}

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
