import { benchTenants } from "../lib/env";
import { spawn } from "node:child_process";
import { createWriteStream, rmSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { recordTables, tableSpecs, type TableName } from "@/lib/import/tables";
import type { RecordType } from "@/lib/import/records";
import { demoContext } from "@/lib/demo/generate";
import { demoCustomerRecords } from "@/lib/demo/customer";
import { benchDatabase, benchDatabaseUrl, freshBenchDb } from "../lib/db";
import { BENCH_SEED, BENCH_TODAY, importStage } from "../import";
import { writeResultFiles } from "../lib/load-report";
import { sleep } from "../lib/stats";

/**
 * Fault run "import": `npm run import` (scripts/import.ts, straight into PostgreSQL) on a big JSON
 * Lines file from lib/demo's generator, killed with SIGKILL (its whole process group: npm, tsx,
 * node) once it has visibly written part of the file. Nothing of the file may remain (one
 * transaction per file), the run must not count as applied, and the same file run again must
 * succeed with exactly the expected rows.
 */
const say = (line: string) => console.log(line);
const tables = tableSpecs.map((t) => t.name);

type Counts = Record<TableName, number>;

async function counts(db: Db): Promise<Counts> {
  const out = {} as Counts;
  for (const name of tables) {
    const [row] = (await db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${name}`))) as unknown as { n: number }[];
    out[name] = row!.n;
  }
  return out;
}

/** Bytes on disk of the CRM tables and their indexes: grows while the import's uncommitted rows are written. */
async function writtenBytes(db: Db): Promise<number> {
  const [row] = (await db.execute(
    sql.raw(`SELECT sum(pg_total_relation_size(c))::bigint AS n FROM unnest(ARRAY[${tables.map((t) => `'${t}'::regclass`).join(",")}]) AS c`),
  )) as unknown as { n: string }[];
  return Number(row!.n);
}

async function runs(db: Db): Promise<{ id: string; status: string; started_at: Date }[]> {
  return (await db.execute(sql`SELECT id::text AS id, status, started_at FROM import_runs ORDER BY started_at`)) as unknown as {
    id: string;
    status: string;
    started_at: Date;
  }[];
}

function startImport(file: string) {
  const child = spawn("npm", ["run", "--silent", "import", "--", "--tenant", "polo", file], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: benchDatabaseUrl() },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so SIGKILL reaches npm, tsx and node at once
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const exited = once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
  return { child, exited, output: () => output };
}

export async function run(): Promise<boolean> {
  const { values } = parseArgs({ options: { customers: { type: "string" }, "kill-after-mb": { type: "string" } } });
  const customers = Number(values.customers ?? 3500);
  const killAfterBytes = Number(values["kill-after-mb"] ?? 40) * 1e6;
  const startedAt = new Date();
  const polo = benchTenants.find((t) => t.id === "polo")!;
  say(`fault import: database ${benchDatabase}; a file of ${customers} POLO demo customers, SIGKILL after ${killAfterBytes / 1e6} MB written`);
  const handle = await freshBenchDb();
  const db = handle.db as Db;
  const file = path.join(tmpdir(), `mojbok-fault-import-${process.pid}.jsonl`);
  try {
    // Rows already there, so "nothing partial" is checked against a non-empty database.
    await importStage(db, [polo], 0, 100, say);
    const expected = Object.fromEntries(tables.map((t) => [t, 0])) as Counts;
    const out = createWriteStream(file);
    const ctx = demoContext(polo, { customers: 100 + customers, seed: BENCH_SEED, today: BENCH_TODAY });
    let lines = 0;
    for (let i = 100; i < 100 + customers; i++) {
      let chunk = "";
      for (const record of demoCustomerRecords(ctx, i)) {
        chunk += `${JSON.stringify(record)}\n`;
        lines++;
        expected[recordTables[record.type as RecordType]]++;
        if (record.type === "invoice") expected.invoice_lines += (record as unknown as { lines: unknown[] }).lines.length;
      }
      if (!out.write(chunk)) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
    say(`file: ${lines} lines → ${file}`);

    const before = await counts(db);
    const bytesBefore = await writtenBytes(db);
    say("import, to be killed …");
    const first = startImport(file);
    const t0 = Date.now();
    let written = 0;
    let sawRunning = false;
    for (;;) {
      await sleep(250);
      if (first.child.exitCode !== null) throw new Error(`the import ended before it could be killed:\n${first.output()}`);
      sawRunning ||= (await runs(db)).some((r) => r.status === "running");
      written = (await writtenBytes(db)) - bytesBefore;
      if (sawRunning && written >= killAfterBytes) break;
      if (Date.now() - t0 > 120_000) throw new Error("the import showed no progress in 2 minutes");
    }
    const killedAfter = (Date.now() - t0) / 1000;
    process.kill(-first.child.pid!, "SIGKILL");
    const [, signal] = await first.exited;
    say(`  killed (${signal}) after ${killedAfter.toFixed(1)} s, ${(written / 1e6).toFixed(0)} MB of uncommitted rows written`);
    // PostgreSQL rolls the transaction back once it sees the client gone.
    const settleStart = Date.now();
    for (;;) {
      const [busy] = (await db.execute(
        sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state IS DISTINCT FROM 'idle'`,
      )) as unknown as { n: number }[];
      if (busy!.n === 0) break;
      if (Date.now() - settleStart > 60_000) throw new Error("the killed import's transaction is still open after 60 s");
      await sleep(200);
    }
    const afterKill = await counts(db);
    const runsAfterKill = await runs(db);
    const killedRun = runsAfterKill.at(-1)!;
    const unchanged = tables.filter((t) => afterKill[t] !== before[t]);
    say(`  counts unchanged: ${unchanged.length === 0 ? "yes" : `NO (${unchanged.join(", ")})`}; killed run: ${killedRun.status}`);

    // The next import marks a "running" row nobody holds a lock on as failed, but only after a minute's grace.
    const wait = new Date(killedRun.started_at).getTime() + 61_000 - Date.now();
    if (wait > 0) {
      say(`  waiting ${(wait / 1000).toFixed(0)} s (the abandoned-run grace of lib/import/runs.ts) …`);
      await sleep(wait);
    }
    say("import again, to the end …");
    const t1 = Date.now();
    const second = startImport(file);
    const [code] = await second.exited;
    const rerunSeconds = (Date.now() - t1) / 1000;
    say(`  exit ${code} after ${rerunSeconds.toFixed(1)} s: ${second.output().trim().split("\n").at(-1)}`);
    const after = await counts(db);
    const finalRuns = await runs(db);
    const wrong = tables.filter((t) => after[t] !== before[t] + expected[t]);
    const killedFinal = finalRuns.find((r) => r.id === killedRun.id)!;
    const lastRun = finalRuns.at(-1)!;

    const checks: [string, boolean][] = [
      [
        `the import was killed mid-file (SIGKILL after ${killedAfter.toFixed(1)} s, ${(written / 1e6).toFixed(0)} MB of its rows written)`,
        signal === "SIGKILL",
      ],
      [`no row of the file left after the kill (every CRM table: count before = after)`, unchanged.length === 0],
      [`the killed run not marked applied (right after the kill: "${killedRun.status}")`, killedRun.status !== "applied"],
      [`the re-run of the same file succeeded (exit ${code}, ${rerunSeconds.toFixed(1)} s)`, code === 0 && lastRun.status === "applied"],
      [`every table holds exactly the expected rows after the re-run`, wrong.length === 0],
      [`the killed run marked failed by the next import ("${killedFinal.status}")`, killedFinal.status === "failed"],
    ];
    const pass = checks.every(([, ok]) => ok);
    const rows = tables.map(
      (t) => `| ${t} | ${before[t]} | ${afterKill[t]} | ${expected[t]} | ${after[t]} | ${after[t] === before[t] + expected[t] ? "✔" : "✘"} |`,
    );
    const markdown = [
      `# Fault run: import killed with SIGKILL — ${pass ? "PASS" : "FAIL"}`,
      "",
      `${startedAt.toISOString()}. \`npm run import -- --tenant polo <file>\` straight into PostgreSQL (database ${benchDatabase}, already holding 100 POLO demo customers); ` +
        `the file: ${lines} JSON lines, ${customers} further demo customers (lib/demo, seed ${BENCH_SEED}). The whole process group (npm, tsx, node) got SIGKILL once the import's ` +
        `uncommitted rows on disk had grown by ${(killAfterBytes / 1e6).toFixed(0)} MB.`,
      "",
      ...checks.map(([text, ok]) => `- ${ok ? "✔" : "✘"} ${text}`),
      "",
      "| table | before | after the kill | in the file | after the re-run | |",
      "| --- | --- | --- | --- | --- | --- |",
      ...rows,
      "",
      `import_runs at the end: ${finalRuns.map((r) => r.status).join(", ")}`,
      "",
    ].join("\n");
    say("");
    say(markdown);
    writeResultFiles(
      "fault-import",
      { startedAt, customers, lines, killedAfter, written, before, afterKill, expected, after, runs: finalRuns, checks },
      markdown,
    );
    return pass;
  } finally {
    rmSync(file, { force: true });
    await handle.close();
  }
}
