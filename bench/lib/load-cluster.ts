import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { MAX_FAILED_ATTEMPTS } from "@/lib/accounts/lockout";
import type { Tenant } from "@/lib/tenant/schema";
import { startFakeResend, type FakeResend } from "../../tests/helpers/fake-resend";
import { appEnv } from "./env";
import { BENCH_PASSWORD, createAccounts, type BenchAccount } from "./accounts";
import { Browser, findForm, multipart } from "./http-client";
import { userIp } from "./load-run";
import { get, startServer, type Server } from "./server";
import { sleep } from "./stats";
import { inQuietHours, outsideQuietHours } from "@/lib/jobs/quiet-hours";

/**
 * `npm run load -- --instances 2`: two `next start` processes on one PostgreSQL behind HAProxy, with
 * the configuration kept in the repository (scripts/deploy/haproxy.cfg, health check on /api/ready).
 *
 * Set-up (Debian): `apt-get install -y haproxy` — the run looks for `haproxy` on PATH and stops
 * with that command if it is missing. Ports: the proxy on BENCH_PORT, the instances on the next two,
 * the fake mail provider (tests/helpers/fake-resend.ts) on BENCH_PORT + 9. Both instances run their
 * in-process outbox worker against that provider, so two workers really compete for the same rows.
 *
 * The virtual users send X-Forwarded-For themselves, standing in for the clients' addresses as an
 * outer proxy would; HAProxy appends its own entry, so the instances run with TRUSTED_PROXY_HOPS=2.
 */
const root = process.cwd();
const logDir = path.join(root, "bench", "results");
export const haproxyConfig = path.join("scripts", "deploy", "haproxy.cfg");

export type Cluster = {
  proxyPort: number;
  appPorts: number[];
  fake: FakeResend;
  stop: () => Promise<void>;
  instanceLog: (i: number) => string;
  haproxyLog: () => string;
};

function haproxyBinary(): string {
  for (const dir of (process.env.PATH ?? "").split(":").concat(["/usr/sbin", "/usr/local/sbin"])) {
    try {
      readFileSync(path.join(dir, "haproxy"));
      return path.join(dir, "haproxy");
    } catch {
      // not here
    }
  }
  throw new Error("haproxy not found: install it with `apt-get install -y haproxy` (Debian), see README, Deployment");
}

export async function startCluster(proxyPort: number, say: (line: string) => void): Promise<Cluster> {
  const binary = haproxyBinary();
  const appPorts = [proxyPort + 1, proxyPort + 2];
  const fake = await startFakeResend({ port: proxyPort + 9 });
  // DEV_TOOLS=1: the run moves both instances' clocks out of the quiet hours (/dev/clock, daytimeClock below), so
  // the reminders both schedulers race for go out during the run whenever it is started.
  Object.assign(appEnv, { RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url, MAIL_WORKER: "in-process", TRUSTED_PROXY_HOPS: "2", DEV_TOOLS: "1" });
  const servers: Server[] = [];
  let proxy: ChildProcess | undefined;
  const stop = async () => {
    if (proxy && proxy.exitCode === null) proxy.kill("SIGTERM");
    await Promise.all(servers.map((s) => s.stop()));
    await fake.stop();
  };
  try {
    for (const [i, port] of appPorts.entries()) {
      // A fresh log per run: the per-instance counts below are read from it (startServer appends).
      rmSync(path.join(logDir, `load-instance-${i + 1}.log`), { force: true });
      say(`next start #${i + 1} on port ${port} …`);
      servers.push(await startServer({ port, logFile: `load-instance-${i + 1}.log` }));
    }
    mkdirSync(logDir, { recursive: true });
    const env = {
      ...process.env,
      MOJBOK_PROXY_BIND: `127.0.0.1:${proxyPort}`,
      MOJBOK_APP_1: `127.0.0.1:${appPorts[0]}`,
      MOJBOK_APP_2: `127.0.0.1:${appPorts[1]}`,
    };
    say(`haproxy -f ${haproxyConfig} on port ${proxyPort} …`);
    proxy = spawn(binary, ["-db", "-f", haproxyConfig], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    const log = createWriteStream(path.join(logDir, "load-haproxy.log"), { flags: "w" });
    proxy.stdout?.pipe(log);
    proxy.stderr?.pipe(log);
    // Ready once both instances have passed their health checks (rise 2 × inter 2 s) and the proxy answers.
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (proxy.exitCode !== null) throw new Error("haproxy exited; see bench/results/load-haproxy.log");
      const ok = await get(`localhost:${proxyPort}`, "/api/ready", {}, proxyPort).then(
        (a) => a.status === 200,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error("haproxy not ready in 30 s; see bench/results/load-haproxy.log");
      await sleep(500);
    }
    await sleep(5000);
    return {
      proxyPort,
      appPorts,
      fake,
      stop,
      instanceLog: (i) => readFileSync(path.join(logDir, `load-instance-${i + 1}.log`), "utf8"),
      haproxyLog: () => readFileSync(path.join(logDir, "load-haproxy.log"), "utf8"),
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Both instances' lib/clock moved forward to the next 10:00 in Warsaw when the run starts inside the quiet hours
 * (21:00–08:00, docs/operations.md §10), the same offset on each, so reminders held until 08:00 become due now.
 * Returns the offset in seconds (0 in the daytime).
 */
export async function daytimeClock(cluster: Cluster): Promise<number> {
  const at = new Date();
  let offsetSeconds = 0;
  if (inQuietHours(at)) {
    const morning = outsideQuietHours(at);
    offsetSeconds = Math.ceil((morning.getTime() - at.getTime()) / 1000) + 2 * 3600;
  }
  for (const port of cluster.appPorts) {
    const answer = await fetch(`http://127.0.0.1:${port}/dev/clock`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ offsetSeconds }),
    });
    if (!answer.ok) throw new Error(`/dev/clock on port ${port}: ${answer.status}`);
  }
  return offsetSeconds;
}

export type ReminderCheck = { jobs: number; sentJobs: number; outboxRows: number; byInstance: number[]; ok: boolean };

/**
 * Reminders across two instances: both schedulers sweep and claim the same jobs table; each reminder job done
 * with the outcome "sent" must have written exactly one outbox row (the provider side — once per row — is in
 * checkMail), and there must be some, or the run proves nothing.
 */
export async function checkReminders(db: Db, cluster: Cluster, since: Date): Promise<ReminderCheck> {
  const kinds = ["payment-due", "payment-overdue", "readings-due"];
  const templates = ["payment-reminder", "readings-due"];
  const [jobs] = (await db.execute(sql`
    SELECT count(*)::int AS jobs, count(*) FILTER (WHERE status = 'done' AND outcome = 'sent')::int AS sent
    FROM jobs WHERE kind IN ${sql.raw(`('${kinds.join("','")}')`)}`)) as unknown as { jobs: number; sent: number }[];
  const [outbox] = (await db.execute(sql`
    SELECT count(*)::int AS n FROM email_outbox
    WHERE template IN ${sql.raw(`('${templates.join("','")}')`)} AND created_at >= ${since.toISOString()}::timestamptz`)) as unknown as { n: number }[];
  const byInstance = cluster.appPorts.map(
    (_, i) =>
      cluster
        .instanceLog(i)
        .split("\n")
        .filter((l) => l.includes('"job":"scheduler"') && kinds.some((k) => l.includes(`"kind":"${k}"`)) && l.includes('"outcome":"sent"')).length,
  );
  const check = { jobs: jobs!.jobs, sentJobs: jobs!.sent, outboxRows: outbox!.n, byInstance };
  return { ...check, ok: check.sentJobs > 0 && check.outboxRows === check.sentJobs && byInstance[0]! + byInstance[1]! === check.sentJobs };
}

/** "Nie pamiętasz hasła?" through the proxy as a browser without JavaScript posts it; null when confirmed, else why not. */
export async function requestRecovery(port: number, tenant: Tenant, login: string, ip: string): Promise<string | null> {
  const browser = new Browser(port, `${tenant.hosts.development[0]}:${port}`, ip);
  try {
    const page = await browser.request({ path: "/odzyskiwanie-hasla" });
    const form = findForm(page.body.toString("utf8"), 'name="login"');
    if (page.status !== 200 || !form) return `recovery page: ${page.status}`;
    const { body, contentType } = await multipart([...form.hidden, ["login", login]]);
    const answer = await browser.request({
      method: "POST",
      path: form.action || "/odzyskiwanie-hasla",
      body,
      headers: { "content-type": contentType, origin: browser.origin },
    });
    return answer.status === 200 && answer.body.toString("utf8").includes('data-testid="recovery-done"') ? null : `recovery answer ${answer.status}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    browser.close();
  }
}

export type MailStream = { sent: number; confirmed: number; failures: string[]; done: Promise<void> };

/** One recovery e-mail every `everyMs` through the proxy while the load runs, each from its own account and address. */
export function mailStream(port: number, tenants: Tenant[], accounts: BenchAccount[], everyMs: number, until: number): MailStream {
  const stream: MailStream = { sent: 0, confirmed: 0, failures: [], done: Promise.resolve() };
  stream.done = (async () => {
    const pending: Promise<void>[] = [];
    for (const [i, account] of accounts.entries()) {
      if (Date.now() >= until) break;
      const tenant = tenants.find((t) => t.id === account.tenantId)!;
      stream.sent++;
      pending.push(
        requestRecovery(port, tenant, account.login, userIp(50_000 + i)).then((problem) => {
          if (problem) stream.failures.push(`${account.login}: ${problem}`);
          else stream.confirmed++;
        }),
      );
      await sleep(everyMs);
    }
    await Promise.all(pending);
  })();
  return stream;
}

export type MailCheck = {
  /** Outbox rows written during the run, by template (recovery e-mails of the stream, ticket confirmations of the users). */
  byTemplate: Record<string, number>;
  recoveryConfirmed: number;
  ticketsStored: number;
  rows: number;
  sent: number;
  pending: number;
  dead: number;
  delivered: number;
  deliveredTwice: number;
  missing: number;
  drained: boolean;
  /** Messages each instance's worker sent (its job lines, lib/email/worker.ts). */
  byInstance: number[];
  ok: boolean;
};

const recoveryTemplates = new Set(["one-time-password", "password-reset"]);

/**
 * After the load: the outbox drains, every row written during the run was accepted by the provider
 * exactly once (by idempotency key), and the rows are what the run caused — one per confirmed
 * recovery request, one "ticket-received" per stored ticket.
 */
export async function checkMail(db: Db, cluster: Cluster, stream: MailStream, since: Date, ticketsStored: number): Promise<MailCheck> {
  type Row = { status: string; idempotency_key: string; template: string };
  const rows = async () =>
    (await db.execute(
      sql`SELECT status, idempotency_key, template FROM email_outbox WHERE created_at >= ${since.toISOString()}::timestamptz`,
    )) as unknown as Row[];
  let drained = false;
  for (let i = 0; i < 120 && !drained; i++) {
    drained = !(await rows()).some((r) => r.status === "pending");
    if (!drained) await sleep(1000);
  }
  await sleep(3000); // a late duplicate send would still be seen
  const list = await rows();
  const counts = new Map<string, number>();
  for (const e of cluster.fake.emails) counts.set(e.idempotencyKey ?? "(none)", (counts.get(e.idempotencyKey ?? "(none)") ?? 0) + 1);
  const keys = new Set(list.map((r) => r.idempotency_key));
  const delivered = [...counts].filter(([k]) => keys.has(k)).reduce((n, [, c]) => n + c, 0);
  const deliveredTwice = [...counts.values()].filter((c) => c > 1).length;
  const missing = list.filter((r) => !counts.has(r.idempotency_key)).length;
  const byTemplate: Record<string, number> = {};
  for (const r of list) byTemplate[r.template] = (byTemplate[r.template] ?? 0) + 1;
  const recoveryRows = list.filter((r) => recoveryTemplates.has(r.template)).length;
  const byInstance = cluster.appPorts.map(
    (_, i) =>
      cluster
        .instanceLog(i)
        .split("\n")
        .filter((l) => l.includes('"job":"mail"') && l.includes('"outcome":"sent"')).length,
  );
  const count = (status: string) => list.filter((r) => r.status === status).length;
  const check = {
    byTemplate,
    recoveryConfirmed: stream.confirmed,
    ticketsStored,
    rows: list.length,
    sent: count("sent"),
    pending: count("pending"),
    dead: count("dead"),
    delivered,
    deliveredTwice,
    missing,
    drained,
    byInstance,
  };
  const ok =
    drained &&
    recoveryRows === stream.confirmed &&
    (byTemplate["ticket-received"] ?? 0) === ticketsStored &&
    check.sent === list.length &&
    delivered === list.length &&
    deliveredTwice === 0 &&
    missing === 0 &&
    stream.failures.length === 0;
  return { ...check, ok };
}

export type SharedStateCheck = { sessionAcrossInstances: boolean; lockoutShared: boolean; lockoutNote: string; byInstance: number[]; ok: boolean };

async function signIn(browser: Browser, login: string, password: string): Promise<{ status: number; location: string; error: string | null }> {
  const page = await browser.request({ path: "/" });
  const form = findForm(page.body.toString("utf8"), 'data-testid="sign-in-form"');
  if (!form) return { status: page.status, location: "", error: "no sign-in form" };
  const { body, contentType } = await multipart([...form.hidden, ["login", login], ["password", password]]);
  const answer = await browser.request({ method: "POST", path: form.action || "/", body, headers: { "content-type": contentType, origin: browser.origin } });
  const alert = /role="alert"[^>]*>([\s\S]{0,400}?)<\/(?:div|p)>/.exec(answer.body.toString("utf8"));
  return {
    status: answer.status,
    location: String(answer.headers.location ?? ""),
    error: alert
      ? alert[1]!
          .replace(/<[^>]+>/g, " ")
          .replace(/\s+/g, " ")
          .trim()
      : null,
  };
}

/**
 * State that must be shared, checked on the instances directly (not through the proxy, so which
 * instance answers is certain): a session made on #1 is valid on #2; MAX_FAILED_ATTEMPTS wrong
 * passwords spread over both instances lock the account, so the right password is then refused on
 * either. With per-process counters each instance would have seen only half of the failures.
 */
export async function checkSharedState(db: Db, cluster: Cluster, tenant: Tenant): Promise<SharedStateCheck> {
  const [a, b] = await createAccounts(db, tenant, 2, "shared");
  const host = `${tenant.hosts.development[0]}:${cluster.proxyPort}`;
  const on = (i: number, ip: string) => new Browser(cluster.appPorts[i]!, host, ip);

  const first = on(0, userIp(60_000));
  const signedIn = await signIn(first, a!.login, BENCH_PASSWORD);
  const second = on(1, userIp(60_000));
  second.jar.take(
    first.jar
      .header()
      .split("; ")
      .map((c) => `${c}; Path=/`),
  );
  const home = signedIn.location || "/";
  const onSecond = await second.request({ path: home });
  const sessionAcrossInstances =
    signedIn.status >= 300 && signedIn.status < 400 && onSecond.status === 200 && !String(onSecond.headers.location ?? "").startsWith("/?");

  for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) await signIn(on(i % 2, userIp(60_001 + i)), b!.login, "Zle-Haslo-2026!");
  const afterLock = await signIn(on(MAX_FAILED_ATTEMPTS % 2, userIp(60_100)), b!.login, BENCH_PASSWORD);
  const [row] = (await db.execute(sql`SELECT failed_attempts, locked_at IS NOT NULL AS locked FROM accounts WHERE id = ${b!.accountId}`)) as unknown as {
    failed_attempts: number;
    locked: boolean;
  }[];
  const lockoutShared = Boolean(row?.locked) && !(afterLock.status >= 300 && afterLock.status < 400);
  const byInstance = cluster.appPorts.map(
    (_, i) =>
      cluster
        .instanceLog(i)
        .split("\n")
        .filter((l) => l.includes('"msg":"request"')).length,
  );
  for (const x of [first, second]) x.close();
  return {
    sessionAcrossInstances,
    lockoutShared,
    lockoutNote: `${MAX_FAILED_ATTEMPTS} wrong passwords alternating #1/#2 → failed_attempts ${row?.failed_attempts}, locked ${row?.locked}; the right password afterwards: ${afterLock.status}${afterLock.error ? ` "${afterLock.error.slice(0, 120)}"` : ""}`,
    byInstance,
    ok: sessionAcrossInstances && lockoutShared,
  };
}
