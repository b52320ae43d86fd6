import { describe, expect, it } from "vitest";
import { performance } from "node:perf_hooks";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { rateLimits } from "@/db/schema";
import { requireTenantById } from "@/lib/tenant/registry";
import { recoverPassword } from "@/lib/accounts/recover-password";
import { remindLogin } from "@/lib/accounts/remind-login";
import { addAccount, median, requestCtx } from "./recovery-world";

/**
 * S06 timing: the answer for a known login or address takes the same time (within 20 %) as for an
 * unknown one. Known and unknown calls alternate, each from its own address, so neither the rate
 * limits nor a warming cache favour one side. Runs the real minimum duration.
 */
const handle = setupTestDb();

const ROUNDS = 15;

async function timed(call: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await call();
  return performance.now() - start;
}

async function compare(known: (i: number) => Promise<unknown>, unknown: (i: number) => Promise<unknown>) {
  const k: number[] = [];
  const u: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    k.push(await timed(() => known(i)));
    u.push(await timed(() => unknown(i)));
    // The per-login limit (5 an hour) would otherwise cut the known side short.
    await handle.db.delete(rateLimits);
  }
  const ratio = Math.abs(median(k) - median(u)) / Math.min(median(k), median(u));
  return { ratio, known: median(k), unknown: median(u) };
}

describe(`S06: recovery answers take the same time for known and unknown input (${testDbKind})`, () => {
  it("S06: forgot-password (one-time password) — medians within 20 %", async () => {
    const polo = requireTenantById("polo");
    const account = await addAccount(handle.db, "polo");
    const result = await compare(
      (i) => recoverPassword(handle.db, polo, { login: account.login }, requestCtx(`198.51.100.${i + 1}`)),
      (i) => recoverPassword(handle.db, polo, { login: `nieznany-${i}` }, requestCtx(`198.51.100.${i + 101}`)),
    );
    expect(result.ratio, JSON.stringify(result)).toBeLessThan(0.2);
  });

  it("S06: forgot-password (reset link, MPEC) — medians within 20 %", async () => {
    const mpec = requireTenantById("mpec");
    const account = await addAccount(handle.db, "mpec", { customerNumber: "40400404" });
    const result = await compare(
      (i) => recoverPassword(handle.db, mpec, { login: account.login }, requestCtx(`198.51.100.${i + 1}`)),
      (i) => recoverPassword(handle.db, mpec, { login: `9${i}000000` }, requestCtx(`198.51.100.${i + 101}`)),
    );
    expect(result.ratio, JSON.stringify(result)).toBeLessThan(0.2);
  });

  it("S06: forgot-login — medians within 20 %", async () => {
    const polo = requireTenantById("polo");
    await addAccount(handle.db, "polo", { email: "czas@example.pl" });
    await addAccount(handle.db, "polo", { email: "czas@example.pl" });
    const result = await compare(
      (i) => remindLogin(handle.db, polo, { email: "czas@example.pl" }, requestCtx(`198.51.100.${i + 1}`)),
      (i) => remindLogin(handle.db, polo, { email: `nieznany-${i}@example.pl` }, requestCtx(`198.51.100.${i + 101}`)),
    );
    expect(result.ratio, JSON.stringify(result)).toBeLessThan(0.2);
  });
});
