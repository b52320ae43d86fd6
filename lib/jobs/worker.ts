import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { jobs, type Job } from "@/db/schema";
import { now } from "@/lib/clock";
import { claimDue } from "@/lib/jobs/claim";
import { retryDelayMs } from "@/lib/email/backoff";
import { log } from "@/lib/log/logger";
import { inQuietHours, outsideQuietHours } from "@/lib/jobs/quiet-hours";

/**
 * What a kind of job does, inside the transaction that marks it done: whatever it writes (an outbox
 * row, more jobs) commits together with "done", or not at all. `quiet`: it e-mails customers, so it
 * waits out the quiet hours. The answer is the outcome kept on the row ("sent", "paid", …).
 */
export type JobHandler = { quiet: boolean; run: (tx: DbOrTx, job: Job, at: Date) => Promise<string> };

export type JobReport = { claimed: number; done: number; held: number; failed: number };

export const JOB_MAX_ATTEMPTS = 5;

class LostClaim extends Error {}

/**
 * One pass of the scheduler (docs/operations.md §10). Claims up to `batchSize` due jobs in one
 * statement (claimDue: FOR UPDATE SKIP LOCKED plus a lease, as the outbox does), so any number of
 * instances may run it at once: two never claim one job. Each job then runs in its own transaction that also marks
 * it done — only while our claim still holds, so a job whose lease ran out and was taken by another
 * worker is rolled back here and done once, there.
 */
export async function runDueJobs(db: Db, handlers: Record<string, JobHandler>, options: { batchSize?: number; lockSeconds?: number } = {}): Promise<JobReport> {
  const { batchSize = 20, lockSeconds = 120 } = options;
  const { claimed, claimUntil } = await claimDue(
    db,
    jobs,
    { ready: eq(jobs.status, "pending"), dueColumn: jobs.runAt, orderBy: jobs.runAt },
    { at: now(), batchSize, lockSeconds },
  );
  const report: JobReport = { claimed: claimed.length, done: 0, held: 0, failed: 0 };
  for (const job of claimed) report[await runOne(db, job, claimUntil, handlers)] += 1;
  return report;
}

async function runOne(db: Db, job: Job, claimUntil: Date, handlers: Record<string, JobHandler>): Promise<"done" | "held" | "failed"> {
  const ours = and(eq(jobs.id, job.id), eq(jobs.lockedUntil, claimUntil), eq(jobs.status, "pending"));
  const handler = handlers[job.kind];
  const at = now();
  if (handler?.quiet && inQuietHours(at)) {
    await db
      .update(jobs)
      .set({ runAt: outsideQuietHours(at), lockedUntil: null })
      .where(ours);
    log().info({ job: "scheduler", jobId: job.id, kind: job.kind, outcome: "held" }, "job");
    return "held";
  }
  try {
    if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
    const outcome = await db.transaction(async (tx) => {
      const result = await handler.run(tx, job, at);
      const marked = await tx
        .update(jobs)
        .set({ status: "done", outcome: result, doneAt: now(), lockedUntil: null, attempts: job.attempts + 1 })
        .where(ours)
        .returning({ id: jobs.id });
      if (marked.length === 0) throw new LostClaim();
      return result;
    });
    log().info({ job: "scheduler", jobId: job.id, kind: job.kind, outcome }, "job");
    return "done";
  } catch (error) {
    if (error instanceof LostClaim) return "failed";
    const attempts = job.attempts + 1;
    const dead = attempts >= JOB_MAX_ATTEMPTS;
    const message = error instanceof Error ? error.message : String(error);
    await db
      .update(jobs)
      .set({
        status: dead ? "dead" : "pending",
        attempts,
        lastError: message.slice(0, 1000),
        runAt: dead ? undefined : new Date(now().getTime() + retryDelayMs(attempts)),
        lockedUntil: null,
      })
      .where(ours);
    log().warn({ job: "scheduler", jobId: job.id, kind: job.kind, attempt: attempts, outcome: dead ? "dead" : "retried", error: message }, "job");
    return "failed";
  }
}
