import type { Db } from "@/db/client";
import { now } from "@/lib/clock";
import { enqueueJobs } from "@/lib/jobs/queue";
import { runDueJobs, type JobReport } from "@/lib/jobs/worker";
import { jobHandlers, sweepJob } from "@/lib/notifications/reminders";

const holder = globalThis as unknown as { __mojbokSweepKey?: string };

/**
 * One pass of the scheduler inside the delivery worker's loop (lib/email/runner.ts), in every
 * instance (docs/operations.md §10): the sweep of the current hour is added once (its key is the
 * hour; this process remembers the last one it added, the unique key covers the other instances),
 * then due jobs are run in bounded rounds.
 */
export async function schedulerPass(db: Db, options: { batchSize?: number; rounds?: number } = {}): Promise<JobReport> {
  const { batchSize = 20, rounds = 10 } = options;
  const sweep = sweepJob(now());
  if (holder.__mojbokSweepKey !== sweep.key) {
    await enqueueJobs(db, [sweep]);
    holder.__mojbokSweepKey = sweep.key;
  }
  const total: JobReport = { claimed: 0, done: 0, held: 0, failed: 0 };
  for (let round = 0; round < rounds; round++) {
    const report = await runDueJobs(db, jobHandlers, { batchSize });
    for (const k of Object.keys(total) as (keyof JobReport)[]) total[k] += report[k];
    if (report.claimed < batchSize) break;
  }
  return total;
}
