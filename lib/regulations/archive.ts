import { and, desc, eq } from "drizzle-orm";
import { regulationVersions, type RegulationVersion } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { currentRegulation } from "./in-force";
import type { Tenant } from "@/lib/tenant/schema";

/**
 * The public regulation archive of a tenant: every published version (announced future ones too,
 * as the e-mail about them links the portal), newest effective date first. Drafts never show.
 */
export async function publishedRegulations(db: DbOrTx, tenant: Tenant): Promise<RegulationVersion[]> {
  await currentRegulation(db, tenant); // writes the tenant file's version on first use
  return db
    .select()
    .from(regulationVersions)
    .where(and(eq(regulationVersions.tenantId, tenant.id), eq(regulationVersions.status, "published")))
    .orderBy(desc(regulationVersions.effectiveDate), desc(regulationVersions.publishedAt));
}

export async function archivedRegulation(db: DbOrTx, tenant: Tenant, version: string): Promise<RegulationVersion | null> {
  if (version.length > 40) return null;
  await currentRegulation(db, tenant);
  const [row] = await db
    .select()
    .from(regulationVersions)
    .where(and(eq(regulationVersions.tenantId, tenant.id), eq(regulationVersions.status, "published"), eq(regulationVersions.version, version)))
    .limit(1);
  return row ?? null;
}
