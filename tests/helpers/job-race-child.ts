/**
 * One "app instance" of the scheduler race (tests/integration/jobs-race.test.ts): its own process and
 * connection pool on the test's PostgreSQL database. It prints "ready", waits for "go" on stdin (the
 * test releases both instances at once), then sweeps and runs jobs until there are none, and prints
 * its report as JSON.
 */
import { openPostgres } from "@/db/client";
import { now, setClockOffsetSeconds } from "@/lib/clock";
import { runDueJobs } from "@/lib/jobs/worker";
import { jobHandlers, sweepReminders } from "@/lib/notifications/reminders";

async function main() {
  setClockOffsetSeconds(Number(process.env.RACE_CLOCK_OFFSET ?? 0));
  const handle = openPostgres(process.env.RACE_DATABASE_URL!, { max: 3 });
  await handle.db.execute("select 1");
  process.stdout.write("ready\n");
  await new Promise<void>((resolve) => process.stdin.once("data", () => resolve()));
  process.stdin.destroy();
  // Both instances sweep at the same moment, as two app instances would in the same hour.
  const added = await sweepReminders(handle.db, now());
  let claimed = 0;
  let done = 0;
  for (let idle = 0; idle < 3;) {
    const report = await runDueJobs(handle.db, jobHandlers, { batchSize: 3 });
    claimed += report.claimed;
    done += report.done;
    idle = report.claimed === 0 ? idle + 1 : 0;
  }
  process.stdout.write(`${JSON.stringify({ added, claimed, done })}\n`);
  await handle.close();
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
