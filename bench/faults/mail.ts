import { appEnv, BENCH_PORT, benchTenants } from "../lib/env";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { retryDelaysSeconds } from "@/lib/email/backoff";
import { startFakeResend } from "../../tests/helpers/fake-resend";
import { benchDatabase, freshBenchDb } from "../lib/db";
import { createAccounts, type BenchAccount } from "../lib/accounts";
import { importStage } from "../import";
import { build, startServer, type Server } from "../lib/server";
import { Browser, findForm, multipart } from "../lib/http-client";
import { userIp } from "../lib/load-run";
import { writeResultFiles } from "../lib/load-report";
import { sleep } from "../lib/stats";

/**
 * Fault run "mail": the app with the real resend SDK pointed at the fake provider
 * (tests/helpers/fake-resend.ts) on a fixed port. E-mails come from a real flow — "Nie pamiętasz
 * hasła?" posted through its form, one request per account and address — in three phases: provider
 * up; provider down (connection refused) for a while; provider back, answering the first few
 * requests with 500. Then the outbox must drain on the app's own retry schedule (lib/email/backoff.ts,
 * no shortcut: 10 s, 30 s, 2 min …) and every message must reach the provider exactly once.
 */
const FAKE_PORT = 3499;
const say = (line: string) => console.log(line);

type OutboxRow = {
  id: string;
  to: string;
  subject: string;
  idempotency_key: string;
  status: string;
  attempts: number;
  provider_message_id: string | null;
  last_error: string | null;
};

export async function run(): Promise<boolean> {
  const { values } = parseArgs({
    options: { "per-phase": { type: "string" }, "down-seconds": { type: "string" }, "no-build": { type: "boolean", default: false } },
  });
  const perPhase = Number(values["per-phase"] ?? 30);
  const downSeconds = Number(values["down-seconds"] ?? 40);
  const startedAt = new Date();
  const fake = await startFakeResend({ port: FAKE_PORT });
  Object.assign(appEnv, { RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url });
  say(
    `fault mail: database ${benchDatabase}, app on ${BENCH_PORT}, fake provider on ${fake.url}; ${perPhase} requests per phase, provider down ${downSeconds} s`,
  );
  const handle = await freshBenchDb();
  const db = handle.db as Db;
  let server: Server | undefined;
  try {
    const perTenant = Math.ceil((3 * perPhase) / benchTenants.length);
    await importStage(db, benchTenants, 0, perTenant + 10, say);
    const accounts: BenchAccount[] = [];
    for (const tenant of benchTenants) accounts.push(...(await createAccounts(db, tenant, perTenant, "mail")));
    accounts.sort((a, b) => a.login.localeCompare(b.login));
    if (!values["no-build"]) {
      say("next build …");
      await build();
    }
    server = await startServer();

    let ipIndex = 0;
    const failures: string[] = [];
    /** "Nie pamiętasz hasła?" as a browser without JavaScript posts it; true when the app confirmed it. */
    const recover = async (account: BenchAccount): Promise<boolean> => {
      const tenant = benchTenants.find((t) => t.id === account.tenantId)!;
      const browser = new Browser(BENCH_PORT, `${tenant.hosts.development[0]}:${BENCH_PORT}`, userIp(ipIndex++));
      try {
        const page = await browser.request({ path: "/odzyskiwanie-hasla" });
        const form = findForm(page.body.toString("utf8"), 'name="login"');
        if (page.status !== 200 || !form) throw new Error(`recovery page: ${page.status}`);
        const { body, contentType } = await multipart([...form.hidden, ["login", account.login]]);
        const answer = await browser.request({
          method: "POST",
          path: form.action || "/odzyskiwanie-hasla",
          body,
          headers: { "content-type": contentType, origin: browser.origin },
        });
        if (answer.status !== 200 || !answer.body.toString("utf8").includes('data-testid="recovery-done"')) throw new Error(`recovery answer ${answer.status}`);
        return true;
      } catch (error) {
        failures.push(`${account.login}: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      } finally {
        browser.close();
      }
    };
    const phase = async (list: BenchAccount[]) => {
      let ok = 0;
      for (let i = 0; i < list.length; i += 5) ok += (await Promise.all(list.slice(i, i + 5).map(recover))).filter(Boolean).length;
      return ok;
    };
    const statuses = async () => {
      const rows = (await db.execute(sql`SELECT status, count(*)::int AS n FROM email_outbox GROUP BY status`)) as unknown as { status: string; n: number }[];
      return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Record<string, number>;
    };
    const waitForDrain = async (limitMs: number) => {
      const until = Date.now() + limitMs;
      while (Date.now() < until) {
        if (!(await statuses()).pending) return true;
        await sleep(2000);
      }
      return false;
    };

    say("phase 1: provider up …");
    let acknowledged = await phase(accounts.slice(0, perPhase));
    const phase1Drained = await waitForDrain(60_000);
    say(`  ${acknowledged} requests confirmed; outbox ${JSON.stringify(await statuses())}`);

    say(`phase 2: provider down (connection refused) for ${downSeconds} s …`);
    await fake.down();
    const downAt = Date.now();
    acknowledged += await phase(accounts.slice(perPhase, 2 * perPhase));
    await sleep(Math.max(0, downAt + downSeconds * 1000 - Date.now()));
    const duringOutage = await statuses();
    say(`  outbox at the end of the outage ${JSON.stringify(duringOutage)}`);

    say("phase 3: provider up again, its first 5 answers are 500 …");
    fake.failNext(5);
    await fake.up();
    const upAt = Date.now();
    acknowledged += await phase(accounts.slice(2 * perPhase, 3 * perPhase));
    // The worst case: a message that failed three times waits 2 min (+20 % jitter) for its fourth try.
    const drained = await waitForDrain(((retryDelaysSeconds[2]! + retryDelaysSeconds[1]!) * 1.2 + 120) * 1000);
    const drainSeconds = (Date.now() - upAt) / 1000;
    say(`  outbox ${JSON.stringify(await statuses())} ${drainSeconds.toFixed(0)} s after the provider came back`);
    // A moment more, so a late duplicate send (if any) would still be seen.
    await sleep(5000);

    const rows = (await db.execute(
      sql`SELECT id::text AS id, "to", subject, idempotency_key, status, attempts, provider_message_id, last_error FROM email_outbox ORDER BY created_at`,
    )) as unknown as OutboxRow[];
    const emailsByKey = new Map<string, number>();
    for (const e of fake.emails) emailsByKey.set(e.idempotencyKey ?? "(none)", (emailsByKey.get(e.idempotencyKey ?? "(none)") ?? 0) + 1);
    const idByKey = new Map(fake.emails.map((e) => [e.idempotencyKey, e.id]));
    const notSent = rows.filter((r) => r.status !== "sent");
    const dead = rows.filter((r) => r.status === "dead");
    const missing = rows.filter((r) => !emailsByKey.has(r.idempotency_key));
    const twice = [...emailsByKey].filter(([, n]) => n > 1);
    const unknownKeys = [...emailsByKey.keys()].filter((k) => !rows.some((r) => r.idempotency_key === k));
    const wrongId = rows.filter((r) => r.status === "sent" && r.provider_message_id !== idByKey.get(r.idempotency_key));
    const pairs = (list: { to: string; subject: string }[]) => {
      const m = new Map<string, number>();
      for (const x of list) m.set(`${x.to} | ${x.subject}`, (m.get(`${x.to} | ${x.subject}`) ?? 0) + 1);
      return m;
    };
    const expectedPairs = pairs(rows);
    const deliveredPairs = pairs(fake.emails.map((e) => ({ to: e.to.join(","), subject: e.subject })));
    const pairMismatch = [...new Set([...expectedPairs.keys(), ...deliveredPairs.keys()])].filter((k) => expectedPairs.get(k) !== deliveredPairs.get(k));
    // The resend SDK reports a refused connection as "Unable to fetch data" (an application_error).
    const refused = rows.filter((r) => r.last_error && /unable to fetch|ECONNREFUSED|fetch failed/i.test(r.last_error)).length;
    const http500 = fake.requests.filter((r) => r.status === 500).length;
    const replayed = fake.requests.filter((r) => r.replayed).length;
    const retried = rows.filter((r) => r.attempts > 1);
    const checks: [string, boolean][] = [
      [`every recovery request confirmed by the app (${acknowledged} of ${3 * perPhase})`, acknowledged === 3 * perPhase],
      [`one outbox row per confirmed request (${rows.length})`, rows.length === acknowledged],
      [`phase 1 delivered before the outage`, phase1Drained],
      [`outbox drained after the outage (${drainSeconds.toFixed(0)} s after the provider came back)`, drained],
      [`every outbox row sent (not sent: ${notSent.length}, dead: ${dead.length})`, notSent.length === 0 && dead.length === 0],
      [`every row accepted by the provider (missing: ${missing.length})`, missing.length === 0],
      [
        `each idempotency key accepted once (twice or more: ${twice.length}; unknown keys: ${unknownKeys.length})`,
        twice.length === 0 && unknownKeys.length === 0,
      ],
      [`e-mails accepted = outbox rows (${fake.emails.length} = ${rows.length})`, fake.emails.length === rows.length],
      [`each recipient + subject delivered as many times as written (mismatches: ${pairMismatch.length})`, pairMismatch.length === 0],
      [`provider message id stored for each row (wrong: ${wrongId.length})`, wrongId.length === 0],
    ];
    const pass = checks.every(([, ok]) => ok) && failures.length === 0;
    const markdown = [
      `# Fault run: mail provider down — ${pass ? "PASS" : "FAIL"}`,
      "",
      `${startedAt.toISOString()}. \`next start\` (production build) with RESEND_API_KEY and RESEND_BASE_URL pointed at the fake provider (tests/helpers/fake-resend.ts, port ${FAKE_PORT}); ` +
        `the in-process outbox worker on its normal schedule (retries after ${retryDelaysSeconds.slice(0, 3).join(" s, ")} s … + up to 20 % jitter; no test knob exists and none was added). ` +
        `E-mails from "Nie pamiętasz hasła?" posted through the real form (POLO/POLSp: one-time password, MPEC: reset link), ${perPhase} per phase, each from its own account and address: ` +
        `phase 1 provider up; phase 2 provider down (listening socket closed → connection refused) for ${downSeconds} s; phase 3 provider back, first 5 answers HTTP 500.`,
      "",
      ...checks.map(([text, ok]) => `- ${ok ? "✔" : "✘"} ${text}`),
      "",
      `- Outbox at the end of the outage: ${JSON.stringify(duringOutage)}`,
      `- Provider requests: ${fake.requests.length} (HTTP 500: ${http500}, replays answered from the idempotency store: ${replayed}); rows whose last error was the refused connection: ${refused}; rows whose last error was a 500: ${rows.filter((r) => r.last_error?.includes("(500)")).length}`,
      `- Rows that needed more than one try: ${retried.length}, most tries: ${Math.max(0, ...rows.map((r) => r.attempts))}`,
      ...(failures.length ? ["", "Request failures:", "", ...failures.slice(0, 20).map((f) => `- ${f}`)] : []),
      "",
    ].join("\n");
    say("");
    say(markdown);
    writeResultFiles(
      "fault-mail",
      {
        startedAt,
        perPhase,
        downSeconds,
        acknowledged,
        rows: rows.length,
        emails: fake.emails.length,
        checks,
        duringOutage,
        drainSeconds,
        http500,
        replayed,
        retried: retried.length,
        failures,
      },
      markdown,
    );
    return pass;
  } finally {
    await server?.stop();
    await handle.close();
    await fake.stop();
  }
}
