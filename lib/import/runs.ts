import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { importRuns } from "@/db/schema";
import { now } from "@/lib/clock";
import type { LineError } from "@/lib/import/check";

/**
 * import_runs rows. The "running" row is written before the data transaction starts and finished
 * after it ends, so it survives the rollback of a rejected file. While the import runs its
 * transaction holds a row lock on it: a "running" row nobody holds a lock on belongs to a process
 * that died, and the next import marks it failed.
 */

export async function startRun(db: Db, tenantId: string, source: string): Promise<string> {
  const [row] = await db.insert(importRuns).values({ tenantId, source, status: "running", startedAt: now() }).returning({ id: importRuns.id });
  return row!.id;
}

/** Holds the run's row lock (see above) and serializes imports of one tenant. */
export async function claimRun(tx: Tx, tenantId: string, runId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`mojbok-import:${tenantId}`}))`);
  await tx.execute(sql`SELECT id FROM import_runs WHERE id = ${runId} FOR UPDATE`);
}

/**
 * A run starts its transaction within milliseconds of writing its row; the one-minute grace keeps a
 * run that is just starting (row written, lock not yet taken) from being mistaken for a dead one.
 */
export async function failAbandonedRuns(db: Db): Promise<number> {
  const at = now();
  const rows = await db.execute(sql`UPDATE import_runs SET status = 'failed', finished_at = ${at.toISOString()}::timestamptz,
      errors = '[{"line":0,"reason":"import przerwany (proces zakończył się przed końcem importu)"}]'::jsonb
    WHERE id IN (SELECT id FROM import_runs WHERE status = 'running' AND started_at < ${new Date(at.getTime() - 60_000).toISOString()}::timestamptz
      FOR UPDATE SKIP LOCKED)
    RETURNING id`);
  const list = rows as unknown as unknown[] | { rows: unknown[] };
  return Array.isArray(list) ? list.length : list.rows.length;
}

export async function finishRun(
  db: Db,
  runId: string,
  result: { status: "applied" | "rejected" | "failed"; lines: number; badLines: number; errors: LineError[] | null },
): Promise<void> {
  await db
    .update(importRuns)
    .set({ status: result.status, lines: result.lines, badLines: result.badLines, errors: result.errors, finishedAt: now() })
    .where(eq(importRuns.id, runId));
}
