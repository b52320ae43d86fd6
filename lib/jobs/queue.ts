import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { jobs } from "@/db/schema";

export type NewJob = { key: string; kind: string; tenantId: string | null; payload?: Record<string, string>; runAt: Date };

/**
 * Adds jobs whose keys are not taken yet (INSERT … ON CONFLICT DO NOTHING on the unique key): two
 * instances sweeping at once, or an import repeated, add each job once (docs/operations.md §10).
 * Returns how many were new.
 */
export async function enqueueJobs(db: DbOrTx, rows: NewJob[]): Promise<number> {
  if (rows.length === 0) return 0;
  const added = await db
    .insert(jobs)
    .values(rows.map((r) => ({ key: r.key, kind: r.kind, tenantId: r.tenantId, payload: r.payload ?? {}, runAt: r.runAt })))
    .onConflictDoNothing({ target: jobs.key })
    .returning({ id: jobs.id });
  return added.length;
}

/** The same for jobs a query yields (one statement for a whole import): columns key, kind, tenant_id, payload, run_at. */
export async function enqueueJobsFrom(db: DbOrTx, select: ReturnType<typeof sql>): Promise<void> {
  await db.execute(sql`INSERT INTO ${jobs} ("key", "kind", "tenant_id", "payload", "run_at") ${select} ON CONFLICT ("key") DO NOTHING`);
}
