import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meta } from "@/db/schema";
import { now } from "@/lib/clock";
import { allTenants } from "@/lib/tenant/registry";
import { importJsonLines, type ImportCounts } from "@/lib/import/import-json-lines";
import { demoImportSource, type DemoOptions } from "@/lib/demo/generate";

/**
 * Loads the demo data of every tenant once, through importJsonLines — the same path the CRM uses, so
 * the demo data is also a test of the import. The meta key makes a second start a no-op.
 */

export const DEMO_SEEDED_KEY = "demo_seeded";
export const DEFAULT_SEED_CUSTOMERS = 40;

export type SeedSummary = { loaded: boolean; tenants: { tenantId: string; lines: number; counts: ImportCounts }[] };

export async function seedDemoData(db: Db, options: Partial<DemoOptions> & { force?: boolean } = {}): Promise<SeedSummary> {
  if (!options.force) {
    const [row] = await db.select().from(meta).where(eq(meta.key, DEMO_SEEDED_KEY)).limit(1);
    if (row) return { loaded: false, tenants: [] };
  }
  const tenants: SeedSummary["tenants"] = [];
  for (const tenant of allTenants()) {
    const demo: DemoOptions = { customers: options.customers ?? DEFAULT_SEED_CUSTOMERS, today: options.today, seed: options.seed, months: options.months };
    const result = await importJsonLines(db, tenant, demoImportSource(tenant, demo), { source: "demo-seed" });
    if (result.status !== "applied") {
      const first = result.errors.slice(0, 5).map((e) => `wiersz ${e.line}: ${e.reason}`);
      throw new Error(`demo data for ${tenant.id} was rejected:\n${first.join("\n")}`);
    }
    tenants.push({ tenantId: tenant.id, lines: result.lines, counts: result.counts });
  }
  const value = { at: now().toISOString(), customers: options.customers ?? DEFAULT_SEED_CUSTOMERS };
  await db
    .insert(meta)
    .values({ key: DEMO_SEEDED_KEY, value, updatedAt: now() })
    .onConflictDoUpdate({ target: meta.key, set: { value, updatedAt: now() } });
  return { loaded: true, tenants };
}
