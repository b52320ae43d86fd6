/**
 * `npm run load [-- --users 200 --minutes 10 | --smoke] [--customers 3000] [--no-build] [--instances 2]`
 *
 * The load run of issue #7: a production build (`next start`) on its own database (mojbok_load,
 * dropped and created, filled through the import path), `--users` virtual users (bench/lib/vu.ts),
 * each signing in through the real form and then looping Pulpit → Faktury → invoice PDF → now and
 * then a new ticket. Prints a Markdown summary, writes bench/results/load-<time>.{json,md}, and exits
 * non-zero on any error (5xx, network, unexpected answer) or any lost or duplicated ticket.
 * Heavy: `flock /tmp/mojbok-e2e.lock npm run load -- …` (it rebuilds .next and loads every core).
 *
 * `--instances 2`: two `next start` processes on the one database behind HAProxy
 * (scripts/deploy/haproxy.cfg; set-up `apt-get install -y haproxy`, bench/lib/load-cluster.ts), the
 * users going through the proxy; meanwhile one "Nie pamiętasz hasła?" e-mail every 3 s goes through
 * the proxy too, and both instances' outbox workers deliver to the fake provider. Then: every e-mail
 * delivered exactly once, a session valid on either instance, a lockout counted across both.
 */
import "./lib/load-env";
import { BENCH_PORT } from "./lib/env";
import { parseArgs } from "node:util";
import type { Db } from "@/db/client";
import { adminUrl, benchDatabase } from "./lib/db";
import { machineInfo } from "./lib/machine";
import { build, startServer, type Server } from "./lib/server";
import { loadTenants, prepareLoadDatabase } from "./lib/load-setup";
import { checkTickets, runLoad } from "./lib/load-run";
import { loadFigures, loadMarkdown, writeResultFiles } from "./lib/load-report";
import { benchTenants } from "./lib/env";
import { createAccounts } from "./lib/accounts";
import {
  checkMail,
  checkReminders,
  checkSharedState,
  daytimeClock,
  haproxyConfig,
  mailStream,
  startCluster,
  type Cluster,
  type MailCheck,
  type ReminderCheck,
  type SharedStateCheck,
} from "./lib/load-cluster";

function options() {
  const { values } = parseArgs({
    options: {
      users: { type: "string" },
      minutes: { type: "string" },
      seconds: { type: "string" },
      smoke: { type: "boolean", default: false },
      customers: { type: "string" },
      "no-build": { type: "boolean", default: false },
      instances: { type: "string" },
    },
  });
  const smoke = values.smoke!;
  const users = Number(values.users ?? (smoke ? 20 : 200));
  const seconds = values.seconds ? Number(values.seconds) : Number(values.minutes ?? (smoke ? 0.5 : 10)) * 60;
  const customers = Number(values.customers ?? (smoke ? 600 : 3000));
  if (!Number.isInteger(users) || users < 1) throw new Error("--users must be a whole number ≥ 1");
  if (!(seconds > 0)) throw new Error("--minutes / --seconds must be > 0");
  const instances = Number(values.instances ?? 1);
  if (instances !== 1 && instances !== 2) throw new Error("--instances must be 1 or 2 (scripts/deploy/haproxy.cfg names two servers)");
  return { users, seconds, customers, smoke, build: !values["no-build"], instances };
}

const say = (line: string) => console.log(line);

async function main(): Promise<number> {
  const opts = options();
  const startedAt = new Date();
  const machine = await machineInfo(adminUrl);
  say(
    `mojBOK load run: ${opts.users} users, ${opts.seconds} s, ${opts.customers} demo customers, database ${benchDatabase}, port ${BENCH_PORT}${opts.instances > 1 ? `, ${opts.instances} instances behind HAProxy` : ""}`,
  );
  const { handle, accounts } = await prepareLoadDatabase(opts.customers, opts.users, say);
  // Accounts of the e-mail stream (--instances 2): one recovery e-mail each, never signed in by a user.
  const mailAccounts = [];
  if (opts.instances > 1)
    for (const tenant of benchTenants)
      mailAccounts.push(...(await createAccounts(handle.db as Db, tenant, Math.ceil(opts.seconds / 3 / benchTenants.length) + 1, "mail")));
  mailAccounts.sort((a, b) => a.login.localeCompare(b.login));
  let server: Server | undefined;
  let cluster: Cluster | undefined;
  try {
    if (opts.build) {
      say("next build …");
      await build();
    }
    let clockOffset = 0;
    if (opts.instances > 1) {
      cluster = await startCluster(BENCH_PORT, say);
      clockOffset = await daytimeClock(cluster);
      if (clockOffset > 0) say(`quiet hours: both instances' clocks moved ${(clockOffset / 3600).toFixed(1)} h forward, to 10:00 in Warsaw`);
    } else {
      say(`next start on port ${BENCH_PORT} …`);
      server = await startServer();
    }
    const mailSince = new Date();
    const mails = cluster ? mailStream(BENCH_PORT, benchTenants, mailAccounts, 3000, Date.now() + opts.seconds * 1000) : undefined;
    // Ramp: the users start over the first tenth of the run (at most 60 s).
    const rampSeconds = Math.min(60, opts.seconds / 10);
    say(`load: ${opts.users} users, ramp-up ${rampSeconds.toFixed(0)} s …`);
    const ticker = setInterval(() => say(`  … ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s`), 60_000);
    const run = await runLoad({ port: BENCH_PORT, accounts, seconds: opts.seconds, rampSeconds }).finally(() => clearInterval(ticker));
    const check = await checkTickets(handle.db as Db, run);
    const figures = loadFigures(run, opts.users);
    let mail: MailCheck | undefined;
    let shared: SharedStateCheck | undefined;
    let reminders: ReminderCheck | undefined;
    if (cluster && mails) {
      await mails.done;
      say("e-mails: waiting for the outbox to drain …");
      mail = await checkMail(handle.db as Db, cluster, mails, mailSince, check.stored);
      shared = await checkSharedState(handle.db as Db, cluster, loadTenants[0]!);
      reminders = await checkReminders(handle.db as Db, cluster, mailSince);
    }
    const pass = figures.errors === 0 && check.ok && (mail?.ok ?? true) && (shared?.ok ?? true) && (reminders?.ok ?? true);
    const markdown = [
      `# mojBOK load run — ${startedAt.toISOString()}: ${pass ? "PASS" : "FAIL"}`,
      "",
      `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.ramGb} GB RAM; Node ${machine.node}; ${machine.postgres}. ` +
        (cluster
          ? `Two \`next start\` instances (ports ${cluster.appPorts.join(", ")}) on one PostgreSQL behind HAProxy (${haproxyConfig}, round robin, health check GET /api/ready) on port ${BENCH_PORT}, all on the same machine as the virtual users; `
          : "`next start` (production build) and the virtual users on the same machine; ") +
        `${opts.customers} demo customers imported; think time 0.5–2.5 s between steps.`,
      "",
      ...loadMarkdown(run, check, figures),
      ...(mail && shared && mails && reminders
        ? [
            "Two instances:",
            "",
            `- Requests served per instance (request lines in each instance's log): ${shared.byInstance.map((n, i) => `#${i + 1} ${n}`).join(", ")}`,
            `- Session made on #1 valid on #2: **${shared.sessionAcrossInstances ? "yes" : "NO"}**`,
            `- Lockout shared: **${shared.lockoutShared ? "yes" : "NO"}** (${shared.lockoutNote}); rate limits are counted in the same database table (lib/security/rate-limit.ts, rate_limits) by both instances`,
            `- E-mails written during the run: **${mail.rows}** (${Object.entries(mail.byTemplate)
              .map(([t, n]) => `${t} ${n}`)
              .join(
                ", ",
              )}) — the users' ticket confirmations (${mail.ticketsStored} tickets stored) and one "Nie pamiętasz hasła?" every 3 s through the proxy (requested ${mails.sent}, confirmed ${mail.recoveryConfirmed})`,
            `- E-mails delivered: outbox sent **${mail.sent}**, pending ${mail.pending}, dead ${mail.dead}; accepted by the provider **${mail.delivered}**, twice or more: **${mail.deliveredTwice}**, never: **${mail.missing}**; sent by worker #1: ${mail.byInstance[0]}, #2: ${mail.byInstance[1]}${mails.failures.length ? `; request failures: ${mails.failures.slice(0, 5).join("; ")}` : ""}`,
            `- Reminders (payment due, overdue, readings due) while both schedulers sweep and claim: **${reminders.jobs}** jobs, **${reminders.sentJobs}** sent — by #1 ${reminders.byInstance[0]}, #2 ${reminders.byInstance[1]} — and **${reminders.outboxRows}** reminder e-mails written (one per sent job: ${reminders.ok ? "yes" : "NO"}), each accepted by the provider once (above)${clockOffset > 0 ? `; the run began in the quiet hours, so both instances' clocks were moved ${(clockOffset / 3600).toFixed(1)} h forward (/dev/clock, DEV_TOOLS=1) for the reminders to be due` : ""}`,
            "",
          ]
        : []),
    ].join("\n");
    say("");
    say(markdown);
    const stamp = startedAt.toISOString().replace(/[:.]/g, "-");
    const files = writeResultFiles(
      `load-${opts.smoke ? "smoke-" : ""}${opts.instances > 1 ? `${opts.instances}x-` : ""}${stamp}`,
      {
        startedAt,
        options: opts,
        machine,
        figures,
        tickets: check,
        mail,
        shared,
        reminders,
        clockOffsetSeconds: clockOffset,
        steps: run.stats.summary().steps,
        overall: run.stats.summary().overall,
        errors: run.stats.errors().slice(0, 200),
      },
      markdown,
    );
    say(`results: ${files.json}, ${files.md}`);
    return pass ? 0 : 1;
  } finally {
    await server?.stop();
    await cluster?.stop();
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
