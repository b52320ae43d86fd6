import { and, eq, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import {
  authTokens,
  jobs,
  knownDevices,
  pendingSecondSteps,
  rateLimits,
  rememberedDevices,
  secondFactorEmailCodes,
  sessions,
  staffSessions,
} from "@/db/schema";
import { addDays } from "@/lib/clock";
import type { JobHandler } from "@/lib/jobs/worker";
import type { NewJob } from "@/lib/jobs/queue";
import { UNSEEN_DAYS } from "@/lib/devices/known-devices";

/**
 * How long short-lived security rows are kept after they stopped meaning anything
 * (docs/operations.md §11). Nothing here is a record anyone must keep: the audit log, documents,
 * tickets, consents and delegations are never touched.
 */
export const RETENTION_DAYS = {
  /** Counter windows: the longest rule counts over 24 hours (registration-limits.ts), so two days is past every window. */
  rateLimits: 2,
  /** Sessions end 12 hours after sign-in at the latest; a month more lets support answer "was I signed in on …". */
  sessions: 30,
  /** Links and one-time passwords: a month after they expired a link says "nieprawidłowy" instead of "wygasł". */
  authTokens: 30,
  /** Second sign-in steps and e-mail codes live 10 minutes. */
  secondSteps: 1,
  /** The scheduler's own hourly jobs (sweeps, this one): their keys name an hour that never comes again. */
  hourlyJobs: 30,
} as const;

/** Kinds of jobs whose key is an hour: deleting a done one cannot make it run again. */
const HOURLY_KINDS = ["reminder-sweep", "housekeeping"];

export function housekeepingJob(at: Date): NewJob {
  return { key: `housekeeping:${at.toISOString().slice(0, 13)}`, kind: "housekeeping", tenantId: null, runAt: at };
}

/** Deletes the rows and says how many went, without sending them back (a first run may meet many). */
async function deleteCounted(tx: DbOrTx, table: PgTable, where: SQL | undefined): Promise<number> {
  const gone = tx.$with("gone").as(
    tx
      .delete(table)
      .where(where)
      .returning({ one: sql<number>`1` }),
  );
  const [row] = await tx
    .with(gone)
    .select({ n: sql<number>`count(*)::int` })
    .from(gone);
  return Number(row?.n ?? 0);
}

/**
 * Deletes what has expired, once an hour for all instances (its key is the hour). The outcome kept on
 * the job row says how many rows of each table went, e.g. "rate_limits 120, sessions 4, …".
 */
export const housekeeping: JobHandler = {
  quiet: false,
  async run(tx: DbOrTx, _job, at) {
    const before = (days: number) => addDays(at, -days);
    const steps: [string, PgTable, SQL | undefined][] = [
      ["rate_limits", rateLimits, lt(rateLimits.windowStart, before(RETENTION_DAYS.rateLimits))],
      // A session's one-time password goes with it (auth_tokens.session_id cascades).
      ["sessions", sessions, lt(sessions.expiresAt, before(RETENTION_DAYS.sessions))],
      ["staff_sessions", staffSessions, lt(staffSessions.expiresAt, before(RETENTION_DAYS.sessions))],
      ["auth_tokens", authTokens, lt(authTokens.expiresAt, before(RETENTION_DAYS.authTokens))],
      ["pending_second_steps", pendingSecondSteps, lt(pendingSecondSteps.expiresAt, before(RETENTION_DAYS.secondSteps))],
      ["second_factor_email_codes", secondFactorEmailCodes, lt(secondFactorEmailCodes.expiresAt, before(RETENTION_DAYS.secondSteps))],
      ["remembered_devices", rememberedDevices, lt(rememberedDevices.expiresAt, at)],
      // A browser not seen for UNSEEN_DAYS is alerted about as a new one anyway (lib/devices/known-devices.ts).
      ["known_devices", knownDevices, lt(knownDevices.lastSeenAt, before(UNSEEN_DAYS))],
      ["jobs", jobs, and(inArray(jobs.kind, HOURLY_KINDS), eq(jobs.status, "done"), lt(jobs.doneAt, before(RETENTION_DAYS.hourlyJobs)))],
    ];
    const parts: string[] = [];
    for (const [name, table, where] of steps) parts.push(`${name} ${await deleteCounted(tx, table, where)}`);
    return parts.join(", ");
  },
};
