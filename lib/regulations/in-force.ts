import { and, desc, eq, lte, type Placeholder } from "drizzle-orm";
import { regulationVersions, type RegulationVersion } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import { now } from "@/lib/clock";
import { warsawDate } from "@/lib/format";

/**
 * Regulation versions live in the database (the back office publishes new ones); the first
 * version comes from the tenant file and is written on first use. The version in force is the
 * newest published one whose effective date has come — this file is the one place saying so:
 * currentRegulation reads it, and the session query (lib/auth/customer-session.ts) embeds the
 * same select as a subquery.
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

/** A value, or a placeholder of a prepared statement (the session query, lib/auth/customer-session.ts). */
type Param = string | Placeholder;

const inForce = (tenantId: Param, today: Param) =>
  and(eq(regulationVersions.tenantId, tenantId), eq(regulationVersions.status, "published"), lte(regulationVersions.effectiveDate, today));
const newestFirst = [desc(regulationVersions.effectiveDate), desc(regulationVersions.publishedAt)];

/** The id of the tenant's regulation in force on `today` (a Warsaw date), as a select to embed in another query. */
export function regulationInForceId(db: DbOrTx, tenantId: Param, today: Param) {
  return db
    .select({ id: regulationVersions.id })
    .from(regulationVersions)
    .where(inForce(tenantId, today))
    .orderBy(...newestFirst)
    .limit(1);
}

export async function currentRegulation(db: DbOrTx, tenant: Tenant): Promise<RegulationVersion> {
  const today = warsawDate(now());
  const find = () =>
    db
      .select()
      .from(regulationVersions)
      .where(inForce(tenant.id, today))
      .orderBy(...newestFirst)
      .limit(1);
  let [current] = await find();
  if (!current) {
    await ensureInitialVersion(db, tenant);
    [current] = await find();
  }
  if (!current) throw new Error(`tenant ${tenant.id} has no regulation in force`);
  return current;
}
