import { Worker } from "node:worker_threads";
import type { Db } from "@/db/client";
import { argonParams, hashSecret } from "@/lib/auth/password-hash";
import { signInWithPassword } from "@/lib/accounts/sign-in";
import type { Tenant } from "@/lib/tenant/schema";
import { BENCH_PASSWORD, type BenchAccount } from "./lib/accounts";

/**
 * The floor: raw argon2id verifications/s with the app's parameters (lib/auth/password-hash.ts),
 * `workers` worker threads each verifying in a tight synchronous loop — all the cores can do.
 */
export async function argon2Floor(workers: number, seconds: number): Promise<{ perSecond: number; total: number }> {
  const stored = await hashSecret(BENCH_PASSWORD);
  const code = `
    const { parentPort, workerData } = require("node:worker_threads");
    const { verifySync } = require(${JSON.stringify(require.resolve("@node-rs/argon2"))});
    const until = Date.now() + workerData.ms;
    let n = 0;
    while (Date.now() < until) { if (!verifySync(workerData.stored, workerData.password)) throw new Error("mismatch"); n++; }
    parentPort.postMessage(n);`;
  const started = performance.now();
  const counts = await Promise.all(
    Array.from(
      { length: workers },
      () =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(code, { eval: true, workerData: { stored, password: BENCH_PASSWORD, ms: seconds * 1000 } });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  const total = counts.reduce((a, b) => a + b, 0);
  return { perSecond: total / ((performance.now() - started) / 1000), total };
}

export const argonParamsText = `m=${argonParams.memoryCost} KiB, t=${argonParams.timeCost}, p=${argonParams.parallelism}`;

/**
 * Sign-ins/s: the app's own sign-in decision, signInWithPassword (rate limits, account lookup,
 * one-time-password lookup, argon2 verification, session row, audit), called in-process — not over
 * HTTP — with `concurrency` sign-ins in flight for `seconds`. Accounts rotate so no login reaches
 * the per-login limit (10 per 5 minutes); the address is null (not counted per address).
 */
export async function signInRate(
  db: Db,
  tenant: Tenant,
  accounts: BenchAccount[],
  concurrency: number,
  seconds: number,
): Promise<{ perSecond: number; total: number }> {
  let next = 0;
  let total = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  const worker = async () => {
    while (performance.now() < until) {
      const account = accounts[next++ % accounts.length]!;
      const result = await signInWithPassword(db, tenant, { login: account.login, password: BENCH_PASSWORD }, { ip: null, userAgent: "mojbok-bench" });
      if (!result.ok) throw new Error(`sign-in of ${account.login} failed: ${result.message}`);
      total++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { perSecond: total / ((performance.now() - started) / 1000), total };
}
