import { BENCH_PORT } from "../lib/env";
import { parseArgs } from "node:util";
import type { Db } from "@/db/client";
import { adminUrl, benchDatabase } from "../lib/db";
import { startCluster } from "../lib/pg-cluster";
import { build, get, startServer, type Server } from "../lib/server";
import { prepareLoadDatabase } from "../lib/load-setup";
import { checkTickets, runLoad } from "../lib/load-run";
import { loadFigures, loadMarkdown, writeResultFiles } from "../lib/load-report";
import { errorDigest, type Sample } from "../lib/load-stats";
import { sleep } from "../lib/stats";
import { createAccounts, sessionCookie } from "../lib/accounts";
import { loadTenants } from "../lib/load-setup";
import { RETRY_AFTER_SECONDS } from "@/lib/ops/db-outage";

/** One signed-in Pulpit request of the outage probe: what the client got. */
type ProbeAnswer = { at: number; status: number | null; retryAfter: string | null; branded: boolean; requestId: string | null };

/**
 * Fault run "pg": the load (fewer users, a few minutes) against the app on a private PostgreSQL
 * cluster, which is stopped (fast shutdown: every connection is cut) in the middle, left down for a
 * few seconds and started again. The app is not restarted. Failures while the database is away are
 * expected and reported apart; after it is back the app must answer 200 again by itself, and every
 * acknowledged ticket must be stored exactly once.
 *
 * While the database is away the app must answer 503 with Retry-After and its branded page, never
 * the 500 page (lib/ops/db-outage.ts): a probe asks for a signed-in Pulpit every 250 ms through the
 * whole run and records status, Retry-After and whether the page is the outage page.
 */
const say = (line: string) => console.log(line);

export async function run(): Promise<boolean> {
  const { values } = parseArgs({
    options: {
      users: { type: "string" },
      seconds: { type: "string" },
      "restart-after": { type: "string" },
      "down-seconds": { type: "string" },
      "no-build": { type: "boolean", default: false },
    },
  });
  const users = Number(values.users ?? 30);
  const seconds = Number(values.seconds ?? 150);
  const restartAfter = Number(values["restart-after"] ?? 60);
  const downSeconds = Number(values["down-seconds"] ?? 5);
  // Requests that end this long after PostgreSQL is accepting connections again still count as the outage's.
  const graceMs = 10_000;
  const startedAt = new Date();
  const port = Number(new URL(adminUrl).port);
  say(
    `fault pg: private cluster on ${port}, database ${benchDatabase}, app on ${BENCH_PORT}; ${users} users for ${seconds} s, restart after ${restartAfter} s, down ${downSeconds} s`,
  );
  const cluster = startCluster(port);
  let server: Server | undefined;
  try {
    const { handle, accounts } = await prepareLoadDatabase(600, users, say);
    if (!values["no-build"]) {
      say("next build …");
      await build();
    }
    server = await startServer();
    // The probe's own account and session (made straight in the database, as after a real sign-in).
    const tenant = loadTenants[0]!;
    const [probeAccount] = await createAccounts(handle.db as Db, tenant, 1, "probe");
    const cookie = await sessionCookie(handle.db as Db, probeAccount!);
    const probes: ProbeAnswer[] = [];
    let probing = true;
    const probeLoop = (async () => {
      while (probing) {
        const at = Date.now();
        try {
          const a = await get(`${tenant.hosts.development[0]}:${BENCH_PORT}`, "/pulpit", { cookie });
          const retryAfter = a.headers["retry-after"];
          probes.push({
            at,
            status: a.status,
            retryAfter: typeof retryAfter === "string" ? retryAfter : null,
            branded: a.body.toString("utf8").includes("Serwis chwilowo niedostępny") && a.body.toString("utf8").includes(tenant.names.short),
            requestId: String(a.headers["x-request-id"] ?? "") || null,
          });
        } catch {
          probes.push({ at, status: null, retryAfter: null, branded: false, requestId: null });
        }
        await sleep(250);
      }
    })();
    say("load …");
    let outage: { stoppedAt: number; startedAt: number } | undefined;
    const restart = (async () => {
      await sleep(restartAfter * 1000);
      say(`  stopping PostgreSQL (pg_ctl stop -m fast), ${downSeconds} s down …`);
      outage = await cluster.restart(downSeconds * 1000);
      say(`  PostgreSQL is up again (down ${((outage.startedAt - outage.stoppedAt) / 1000).toFixed(1)} s)`);
    })();
    const load = await runLoad({ port: BENCH_PORT, accounts, seconds, rampSeconds: 10 });
    await restart;
    probing = false;
    await probeLoop;
    const window = outage!;
    const ended = (s: Sample) => s.at + s.ms;
    const inWindow = (s: Sample) => ended(s) >= window.stoppedAt - 1000 && ended(s) <= window.startedAt + graceMs;
    const firstOk = load.stats.samples.filter((s) => s.kind === "ok" && s.at > window.startedAt).sort((a, b) => a.at - b.at)[0];
    const okAfter = load.stats.samples.filter((s) => s.kind === "ok" && s.at > window.startedAt + graceMs).length;
    // One more request of our own, after the run: the app serves a database-backed page.
    const health = await get(`localhost:${BENCH_PORT}`, "/api/health");
    const check = await checkTickets(handle.db as Db, load);
    await handle.close();
    const during = load.stats.errors(inWindow);
    const outside = load.stats.errors((s) => !inWindow(s));
    const figures = loadFigures(load, users);
    const recovered = firstOk !== undefined && okAfter > 0 && health.status === 200;
    // What the clients got while PostgreSQL was down: 503 + Retry-After (the outage page), not 500.
    // From a second after the stop (a fast shutdown takes a moment) until PostgreSQL accepts connections again.
    const duringDown = (s: { at: number }) => s.at >= window.stoppedAt + 1000 && s.at <= window.startedAt;
    const fiveHundreds = during.filter((s) => s.status === 500);
    const unavailable = during.filter((s) => s.status === 503);
    const probeDown = probes.filter(duringDown);
    const probe503 = probeDown.filter((p) => p.status === 503);
    const probeGood503 = probe503.filter((p) => p.retryAfter === String(RETRY_AFTER_SECONDS) && p.branded);
    const probeOther = probeDown.filter((p) => p.status !== 503);
    const answers503 = probe503.length > 0 && probeGood503.length === probe503.length;
    const pass = recovered && outside.length === 0 && check.ok && fiveHundreds.length === 0 && answers503;
    const markdown = [
      `# Fault run: PostgreSQL restarted under load — ${pass ? "PASS" : "FAIL"}`,
      "",
      `${startedAt.toISOString()}. The app (\`next start\`, production build) on a private PostgreSQL 15 cluster (port ${port}); ${users} virtual users for ${seconds} s ` +
        `(the load scenario of \`npm run load\`); after ${restartAfter} s \`pg_ctl stop -m fast\` (every connection cut), ${downSeconds} s down, \`pg_ctl start\`. The app was not restarted.`,
      "",
      `- PostgreSQL down from ${new Date(window.stoppedAt).toISOString().slice(11, 23)} to ${new Date(window.startedAt).toISOString().slice(11, 23)} UTC (${((window.startedAt - window.stoppedAt) / 1000).toFixed(1)} s)`,
      `- First successful answer after the restart: ${firstOk ? `${((firstOk.at + firstOk.ms - window.startedAt) / 1000).toFixed(2)} s after PostgreSQL was up (${firstOk.step})` : "**none**"}; successful answers after the grace period: ${okAfter}; /api/health at the end: ${health.status}`,
      `- Recovered by itself: **${recovered ? "yes" : "NO"}**`,
      `- While PostgreSQL was down, the probe (signed-in Pulpit every 250 ms): ${probeDown.length} answers — 503 with \`Retry-After: ${RETRY_AFTER_SECONDS}\` and the branded outage page: **${probeGood503.length}**, 503 otherwise: ${probe503.length - probeGood503.length}, other: ${probeOther.length}${probeOther.length ? ` (${[...new Set(probeOther.map((p) => p.status ?? "network"))].join(", ")})` : ""}`,
      `- Failed requests of the virtual users in the outage window by status: 503 **${unavailable.length}**, 500 **${fiveHundreds.length}**, other ${during.length - unavailable.length - fiveHundreds.length}`,
      `- Failed requests during the outage window (stop − 1 s … start + ${graceMs / 1000} s): **${during.length}** (5xx ${during.filter((s) => s.kind === "5xx").length}, network ${during.filter((s) => s.kind === "network").length}, unexpected ${during.filter((s) => s.kind === "unexpected").length})`,
      `- Failed requests outside the outage window: **${outside.length}**`,
      "",
      "Whole run:",
      "",
      ...loadMarkdown(load, check, figures),
      ...(during.length ? ["Failures during the outage window:", "", ...errorDigest(during).map((l) => `- ${l}`), ""] : []),
      ...(outside.length ? ["Failures OUTSIDE the outage window:", "", ...errorDigest(outside).map((l) => `- ${l}`), ""] : []),
    ].join("\n");
    say("");
    say(markdown);
    writeResultFiles(
      "fault-pg",
      {
        startedAt,
        users,
        seconds,
        window,
        figures,
        tickets: check,
        during: during.length,
        outside: outside.length,
        recovered,
        outage: { probes: probeDown, fiveHundreds: fiveHundreds.length, unavailable: unavailable.length },
        errors: load.stats.errors().slice(0, 200),
        aroundOutage: load.stats.samples.filter((s) => ended(s) >= window.stoppedAt - 5000 && s.at <= window.startedAt + 30_000),
      },
      markdown,
    );
    return pass;
  } finally {
    await server?.stop();
    cluster.destroy();
  }
}
