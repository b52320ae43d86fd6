import { chmodSync, createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import postgres from "postgres";
import type { Db } from "@/db/client";
import { Readable } from "node:stream";
import { importJsonLines, type ImportPhase } from "@/lib/import/import-json-lines";
import { tableSpecs } from "@/lib/import/tables";
import { demoContext } from "@/lib/demo/generate";
import { demoCustomerRecords } from "@/lib/demo/customer";
import type { Tenant } from "@/lib/tenant/schema";
import { benchDatabaseUrl } from "./lib/db";

/**
 * "The import path": lib/demo's generator (the same customers demoJsonLines makes, from customer
 * `from` on, so a second stage adds customers instead of re-importing the first ones) written to a
 * file first (untimed: making the data is not the import's work), then read from that file into
 * importJsonLines, one run per tenant, exactly as `npm run import` does.
 */
export const BENCH_SEED = "mojbok-bench";
export const BENCH_TODAY = "2026-11-21";

async function* demoRange(tenant: Tenant, from: number, to: number): AsyncGenerator<string> {
  const ctx = demoContext(tenant, { customers: to, seed: BENCH_SEED, today: BENCH_TODAY });
  let buffer = "";
  for (let i = from; i < to; i++) {
    for (const record of demoCustomerRecords(ctx, i)) buffer += `${JSON.stringify(record)}\n`;
    if (buffer.length >= 256 * 1024) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}

export type ImportStage = {
  customers: number;
  records: number;
  seconds: number;
  byType: Record<string, number>;
  phases: Record<ImportPhase, number>;
  /** CPU seconds of this process (parsing, checking, building COPY text): unlike wall time, not stretched by other load on the machine. */
  cpuSeconds: number;
};

async function writeDemoFile(tenant: Tenant, from: number, to: number, file: string): Promise<void> {
  await pipeline(Readable.from(demoRange(tenant, from, to)), createWriteStream(file));
}

/** Imports customers [from, to) of every tenant; `to` counts per tenant. */
export async function importStage(db: Db, tenants: Tenant[], from: number, to: number, say: (line: string) => void): Promise<ImportStage> {
  let records = 0;
  let seconds = 0;
  const byType: Record<string, number> = {};
  const phases: Record<ImportPhase, number> = { staged: 0, checked: 0, merged: 0 };
  let cpuSeconds = 0;
  const dir = mkdtempSync(path.join(tmpdir(), "mojbok-bench-import-"));
  try {
    for (const tenant of tenants) {
      const file = path.join(dir, `${tenant.id}.jsonl`);
      await writeDemoFile(tenant, from, to, file);
      const started = performance.now();
      const cpu = process.cpuUsage();
      let last = started;
      const took: Partial<Record<ImportPhase, number>> = {};
      const result = await importJsonLines(db, tenant, createReadStream(file, { highWaterMark: 1 << 20 }), {
        source: "bench",
        onPhase: (phase) => {
          const at = performance.now();
          took[phase] = (at - last) / 1000;
          last = at;
        },
      });
      const total = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      const cpuTotal = (used.user + used.system) / 1e6;
      cpuSeconds += cpuTotal;
      rmSync(file);
      if (result.status !== "applied") throw new Error(`import of ${tenant.id} rejected: ${JSON.stringify(result.errors.slice(0, 3))}`);
      records += result.lines;
      seconds += total;
      for (const phase of Object.keys(phases) as ImportPhase[]) phases[phase] += took[phase] ?? 0;
      for (const [type, n] of Object.entries(result.counts)) byType[type] = (byType[type] ?? 0) + n;
      const split = (Object.keys(phases) as ImportPhase[]).map((p) => `${p} ${(took[p] ?? 0).toFixed(1)} s`).join(", ");
      say(
        `  ${tenant.id}: customers ${from}–${to - 1}: ${result.lines} records in ${total.toFixed(1)} s (${Math.round(result.lines / total)} rec/s; ${split}; Node CPU ${cpuTotal.toFixed(1)} s)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { customers: (to - from) * tenants.length, records, seconds, byType, phases, cpuSeconds };
}

export type CopyFloor = { rows: number; seconds: number; bytes: number };

/**
 * The floor: the rows the import has just written (every table it writes), dumped by the server
 * with COPY … TO '<file>' first (not timed), then timed while COPY … FROM STDIN loads them into
 * ordinary, unindexed tables of the same columns (CREATE TABLE … (LIKE …): no keys, no foreign keys,
 * no triggers). Same records, same server: the ratio import ÷ COPY is how close the import comes to
 * PostgreSQL's bulk-load speed for this data. Run right after a fresh import, so only its rows exist.
 */
export async function copyFloor(say: (line: string) => void): Promise<CopyFloor> {
  const sql = postgres(benchDatabaseUrl(), { max: 1, onnotice: () => {} });
  const dir = mkdtempSync(path.join(tmpdir(), "mojbok-bench-copy-"));
  chmodSync(dir, 0o777);
  try {
    let bytes = 0;
    for (const { name } of tableSpecs) {
      const file = path.join(dir, `${name}.copy`);
      // Written by the server itself (the bench connects as a superuser over trust authentication).
      await sql.unsafe(`COPY (SELECT * FROM ${name}) TO '${file}'`);
      bytes += statSync(file).size;
      await sql.unsafe(`DROP TABLE IF EXISTS bench_copy_${name}`);
      await sql.unsafe(`CREATE TABLE bench_copy_${name} (LIKE ${name})`);
    }
    await sql.unsafe("CHECKPOINT");
    const started = performance.now();
    for (const { name } of tableSpecs) {
      await pipeline(
        createReadStream(path.join(dir, `${name}.copy`), { highWaterMark: 1 << 20 }),
        await sql.unsafe(`COPY bench_copy_${name} FROM STDIN`).writable(),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    let rows = 0;
    for (const { name } of tableSpecs) {
      const [row] = await sql.unsafe<{ n: string }[]>(`SELECT count(*)::text AS n FROM bench_copy_${name}`);
      rows += Number(row!.n);
      await sql.unsafe(`DROP TABLE bench_copy_${name}`);
    }
    say(`  COPY: ${rows} rows (${(bytes / 1e6).toFixed(0)} MB text) into unindexed tables in ${seconds.toFixed(1)} s`);
    return { rows, seconds, bytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await sql.end();
  }
}
