/**
 * The sign-in measurement in a child process of its own (started by bench/lib/signin-child.ts), so that argon2 gets
 * exactly the floor's threads: @node-rs/argon2 verifies on libuv's thread pool, whose size (UV_THREADPOOL_SIZE) is
 * read once, when the pool first starts — too late to set from inside `npm run bench`. Reads its task from
 * BENCH_SIGNIN_IN and writes the figures to BENCH_SIGNIN_OUT.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { requireTenantById } from "@/lib/tenant/registry";
import type { Db } from "@/db/client";
import { openBenchDb } from "./lib/db";
import { signInRate } from "./argon2";
import { busyCpuMs } from "./lib/cpu";
import type { SignInRun, SignInTask } from "./lib/signin-child";

async function main() {
  const task = JSON.parse(readFileSync(process.env.BENCH_SIGNIN_IN!, "utf8")) as SignInTask;
  const tenant = requireTenantById(task.tenantId);
  // Enough connections that no sign-in waits for one: the figure is about the threads, not the pool.
  const handle = openBenchDb(Math.max(...task.runs.map((r) => r.concurrency)));
  const db = handle.db as Db;
  try {
    await signInRate(db, tenant, task.warmUp, task.runs[0]!.concurrency, 1);
    const runs: SignInRun[] = [];
    for (const run of task.runs) {
      const cpuBefore = process.cpuUsage();
      const machineBefore = busyCpuMs();
      const rate = await signInRate(db, tenant, run.accounts, run.concurrency, task.seconds);
      const cpu = process.cpuUsage(cpuBefore);
      runs.push({
        concurrency: run.concurrency,
        perSecond: rate.perSecond,
        total: rate.total,
        processCpuMs: (cpu.user + cpu.system) / 1000,
        machineCpuMs: busyCpuMs() - machineBefore,
      });
    }
    writeFileSync(process.env.BENCH_SIGNIN_OUT!, JSON.stringify(runs));
  } finally {
    await handle.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
