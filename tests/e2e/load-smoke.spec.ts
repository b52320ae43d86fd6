import { test, expect } from "@playwright/test";
import { randomInt } from "node:crypto";
import { openPostgres } from "@/db/client";
import { checkTickets, runLoad } from "../../bench/lib/load-run";
import { errorDigest } from "../../bench/lib/load-stats";
import type { VuAccount } from "../../bench/lib/vu";
import { createAccount, tenantConfigs } from "./recovery-accounts";
import { E2E_PORT } from "./mailbox";
import { e2eDatabaseUrl as databaseUrl } from "./database-url";

/**
 * The CI smoke of `npm run load` (issue #7): the same virtual users (bench/lib/vu.ts) — a real
 * sign-in through the form without JavaScript, Pulpit, Faktury, an invoice PDF, new tickets — for
 * ~25 s with 20 users against the e2e server. No 5xx, no network errors, no unexpected answers, and
 * every acknowledged ticket stored exactly once.
 */
const USERS = 20;
const SECONDS = 25;

test("20 virtual users for 25 s: no errors, every acknowledged ticket stored once", async () => {
  test.setTimeout(90_000);
  const tenants = ["polo", "polsp"] as const;
  const created = await Promise.all(Array.from({ length: USERS }, (_, i) => createAccount(tenants[i % tenants.length]!)));
  const accounts: VuAccount[] = created.map((a) => ({ tenant: tenantConfigs[a.tenant], login: a.login, password: a.password }));
  // Addresses of their own (10.<random>.x.x), so a re-run within the sign-in limit's window starts afresh.
  const run = await runLoad({ port: Number(E2E_PORT), accounts, seconds: SECONDS, rampSeconds: 3, ticketChance: 0.3, firstIp: randomInt(1, 250) * 65536 });
  const handle = openPostgres(databaseUrl, { max: 1 });
  try {
    const check = await checkTickets(handle.db, run);
    const errors = run.stats.errors();
    const { overall } = run.stats.summary();
    console.log(
      `load smoke: ${overall.n} requests, p50 ${overall.p50.toFixed(0)} ms, p95 ${overall.p95.toFixed(0)} ms, tickets ${check.acknowledged} acknowledged / ${check.stored} stored`,
    );
    expect(errorDigest(errors), "5xx, network errors or unexpected answers").toEqual([]);
    expect(overall.n).toBeGreaterThan(USERS * 4);
    expect(check.acknowledged).toBeGreaterThan(0);
    expect({ lost: check.lost, duplicated: check.duplicated, unexplained: check.storedUnexplained }).toEqual({ lost: [], duplicated: [], unexplained: [] });
    expect(check.stored).toBe(check.acknowledged);
  } finally {
    await handle.close();
  }
});
