import { and, inArray, isNull, lt, lte, or, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";

/** A table of work claimed by lease: the outbox (lib/email/worker.ts) and the jobs (lib/jobs/worker.ts). */
type LeasedTable = PgTable & { id: PgColumn; lockedUntil: PgColumn };

/**
 * Claims up to `batchSize` due rows in ONE statement, for any number of workers at once
 * (docs/operations.md §10): FOR UPDATE SKIP LOCKED means two never claim the same row, and the lease
 * (`locked_until`) keeps a claimed row from the next pass until it runs out — a crashed worker's rows
 * come back by themselves. A row is due when `ready` holds, its `dueColumn` has come and no lease of
 * another worker holds it. The caller finishes each row only while `locked_until` is still its
 * `claimUntil`.
 */
export async function claimDue<T extends LeasedTable>(
  db: Db,
  table: T,
  due: { ready: SQL; dueColumn: PgColumn; orderBy: PgColumn },
  options: { at: Date; batchSize: number; lockSeconds: number },
): Promise<{ claimed: T["$inferSelect"][]; claimUntil: Date }> {
  const { at, batchSize, lockSeconds } = options;
  const claimUntil = new Date(at.getTime() + lockSeconds * 1000);
  const ids = db
    .select({ id: table.id })
    .from(table as PgTable)
    .where(and(due.ready, lte(due.dueColumn, at), or(isNull(table.lockedUntil), lt(table.lockedUntil, at))))
    .orderBy(due.orderBy)
    .limit(batchSize)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(table)
    .set({ lockedUntil: claimUntil } as PgUpdateSetSource<T>)
    .where(inArray(table.id, ids))
    .returning();
  return { claimed: claimed as T["$inferSelect"][], claimUntil };
}
