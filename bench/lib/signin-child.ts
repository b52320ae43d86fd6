import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BenchAccount } from "./accounts";

export type SignInTask = {
  tenantId: string;
  seconds: number;
  warmUp: BenchAccount[];
  runs: { concurrency: number; accounts: BenchAccount[] }[];
};

/** One timed run: sign-ins/s, and the CPU spent meanwhile by the child process (argon2's threads included) and by the whole machine. */
export type SignInRun = { concurrency: number; perSecond: number; total: number; processCpuMs: number; machineCpuMs: number };

/** bench/signin.run.ts in a child process whose libuv pool — where argon2 verifies — has exactly `threads` threads. */
export async function signInRunsInChild(task: SignInTask, threads: number): Promise<SignInRun[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "mojbok-bench-signin-"));
  const input = path.join(dir, "task.json");
  const out = path.join(dir, "runs.json");
  writeFileSync(input, JSON.stringify(task));
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["bench/signin.run.ts"], {
        cwd: process.cwd(),
        env: { ...process.env, UV_THREADPOOL_SIZE: String(threads), BENCH_SIGNIN_IN: input, BENCH_SIGNIN_OUT: out },
        stdio: ["ignore", "inherit", "inherit"],
      });
      child.on("error", reject);
      child.on("exit", resolve);
    });
    if (code !== 0) throw new Error(`sign-in measurement failed (exited ${code})`);
    return JSON.parse(readFileSync(out, "utf8")) as SignInRun[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
