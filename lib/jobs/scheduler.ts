import type { Db } from "@/db/client";
import { now } from "@/lib/clock";
import { enqueueJobs } from "@/lib/jobs/queue";
import { runDueJobs, type JobReport } from "@/lib/jobs/worker";
import { jobHandlers, sweepJob } from "@/lib/notifications/reminders";
import { housekeeping, housekeepingJob } from "@/lib/jobs/housekeeping";

/** Every kind of job the scheduler runs: the reminders and notices, and the hourly housekeeping. */
const handlers = { ...jobHandlers, housekeeping };

const holder = globalThis as unknown as { __mojbokSweepKey?: string };

/**
 * One pass of the scheduler inside the delivery worker's loop (lib/email/runner.ts), in every
 * instance (docs/operations.md §10): the sweep and the housekeeping (docs/operations.md §11) of the current hour are added
 * once (their keys are the hour; this process remembers the last hour it added, the unique keys cover
 * the other instances),
 * then due jobs are run in bounded rounds.
 */
export async function schedulerPass(db: Db, options: { batchSize?: number; rounds?: number } = {}): Promise<JobReport> {
  const { batchSize = 20, rounds = 10 } = options;
  const at = now();
  const sweep = sweepJob(at);
  if (holder.__mojbokSweepKey !== sweep.key) {
    await enqueueJobs(db, [sweep, housekeepingJob(at)]);
    holder.__mojbokSweepKey = sweep.key;
  }
  const total: JobReport = { claimed: 0, done: 0, held: 0, failed: 0 };
  for (let round = 0; round < rounds; round++) {
    const report = await runDueJobs(db, handlers, { batchSize });
    for (const k of Object.keys(total) as (keyof JobReport)[]) total[k] += report[k];
    if (report.claimed < batchSize) break;
  }
  return total;
}
