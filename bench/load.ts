/**
 * `npm run load [-- --users 200 --minutes 10 | --smoke] [--customers 3000] [--no-build]`
 *
 * The load run of issue #7: a production build (`next start`) on its own database (mojbok_load,
 * dropped and created, filled through the import path), `--users` virtual users (bench/lib/vu.ts),
 * each signing in through the real form and then looping Pulpit → Faktury → invoice PDF → now and
 * then a new ticket. Prints a Markdown summary, writes bench/results/load-<time>.{json,md}, and exits
 * non-zero on any error (5xx, network, unexpected answer) or any lost or duplicated ticket.
 * Heavy: `flock /tmp/mojbok-e2e.lock npm run load -- …` (it rebuilds .next and loads every core).
 */
import "./lib/load-env";
import { BENCH_PORT } from "./lib/env";
import { parseArgs } from "node:util";
import type { Db } from "@/db/client";
import { adminUrl, benchDatabase } from "./lib/db";
import { machineInfo } from "./lib/machine";
import { build, startServer, type Server } from "./lib/server";
import { prepareLoadDatabase } from "./lib/load-setup";
import { checkTickets, runLoad } from "./lib/load-run";
import { loadFigures, loadMarkdown, writeResultFiles } from "./lib/load-report";

function options() {
  const { values } = parseArgs({
    options: {
      users: { type: "string" },
      minutes: { type: "string" },
      seconds: { type: "string" },
      smoke: { type: "boolean", default: false },
      customers: { type: "string" },
      "no-build": { type: "boolean", default: false },
    },
  });
  const smoke = values.smoke!;
  const users = Number(values.users ?? (smoke ? 20 : 200));
  const seconds = values.seconds ? Number(values.seconds) : Number(values.minutes ?? (smoke ? 0.5 : 10)) * 60;
  const customers = Number(values.customers ?? (smoke ? 600 : 3000));
  if (!Number.isInteger(users) || users < 1) throw new Error("--users must be a whole number ≥ 1");
  if (!(seconds > 0)) throw new Error("--minutes / --seconds must be > 0");
  return { users, seconds, customers, smoke, build: !values["no-build"] };
}

const say = (line: string) => console.log(line);

async function main(): Promise<number> {
  const opts = options();
  const startedAt = new Date();
  const machine = await machineInfo(adminUrl);
  say(`mojBOK load run: ${opts.users} users, ${opts.seconds} s, ${opts.customers} demo customers, database ${benchDatabase}, port ${BENCH_PORT}`);
  const { handle, accounts } = await prepareLoadDatabase(opts.customers, opts.users, say);
  let server: Server | undefined;
  try {
    if (opts.build) {
      say("next build …");
      await build();
    }
    say(`next start on port ${BENCH_PORT} …`);
    server = await startServer();
    // Ramp: the users start over the first tenth of the run (at most 60 s).
    const rampSeconds = Math.min(60, opts.seconds / 10);
    say(`load: ${opts.users} users, ramp-up ${rampSeconds.toFixed(0)} s …`);
    const ticker = setInterval(() => say(`  … ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s`), 60_000);
    const run = await runLoad({ port: BENCH_PORT, accounts, seconds: opts.seconds, rampSeconds }).finally(() => clearInterval(ticker));
    const check = await checkTickets(handle.db as Db, run);
    const figures = loadFigures(run, opts.users);
    const pass = figures.errors === 0 && check.ok;
    const markdown = [
      `# mojBOK load run — ${startedAt.toISOString()}: ${pass ? "PASS" : "FAIL"}`,
      "",
      `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.ramGb} GB RAM; Node ${machine.node}; ${machine.postgres}. ` +
        `\`next start\` (production build) and the virtual users on the same machine; ${opts.customers} demo customers imported; think time 0.5–2.5 s between steps.`,
      "",
      ...loadMarkdown(run, check, figures),
    ].join("\n");
    say("");
    say(markdown);
    const stamp = startedAt.toISOString().replace(/[:.]/g, "-");
    const files = writeResultFiles(`load-${opts.smoke ? "smoke-" : ""}${stamp}`, { startedAt, options: opts, machine, figures, tickets: check, steps: run.stats.summary().steps, overall: run.stats.summary().overall, errors: run.stats.errors().slice(0, 200) }, markdown);
    say(`results: ${files.json}, ${files.md}`);
    return pass ? 0 : 1;
  } finally {
    await server?.stop();
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
