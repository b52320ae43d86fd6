import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { getDbHandle } from "@/db/client";
import { readLock } from "@/db/lock";
import { env, isProduction } from "@/lib/env";
import { devImportKey } from "@/lib/import-keys";
import { importJsonLines, type ImportCounts } from "@/lib/import/import-json-lines";
import type { LineError } from "@/lib/import/check";
import { terminalProgress } from "@/lib/import/progress";
import { sendFileToApp } from "@/lib/import/send-to-app";
import { primaryHost, requireTenantById } from "@/lib/tenant/registry";
import { runCli } from "./cli";

/**
 * `npm run import -- --tenant <id> <file.jsonl> [--key <import key>]` (docs/import-format.md §1). With the embedded
 * database held by a running app, the file goes through that app's HTTP API: PGlite must never be
 * opened by two processes.
 */

function usage(message: string): never {
  console.error(`${message}\nUżycie: npm run import -- --tenant <polo|polsp|mpec> <plik.jsonl> [--key <klucz importu>]`);
  process.exit(2);
}

function printSummary(lines: number, counts: ImportCounts, seconds: number) {
  const records = Object.values(counts).reduce((a, b) => a + b, 0);
  const perType = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${t}: ${n}`)
    .join(", ");
  console.log(`Zaimportowano ${lines} wierszy (${perType || "brak rekordów"}) w ${seconds.toFixed(1)} s, ${Math.round(records / seconds)} rekordów/s.`);
}

function printRejection(errors: LineError[], errorCount: number) {
  console.error(`Import odrzucony: ${errorCount} błędnych wierszy, nic nie zapisano.`);
  for (const e of errors) console.error(`wiersz ${e.line}: ${e.reason}`);
  if (errorCount > errors.length) console.error(`… oraz ${errorCount - errors.length} kolejnych błędnych wierszy.`);
  process.exitCode = 1;
}

async function main() {
  const { values, positionals } = parseArgs({ options: { tenant: { type: "string" }, key: { type: "string" } }, allowPositionals: true });
  if (!values.tenant) usage("Brak --tenant.");
  if (positionals.length !== 1) usage("Podaj dokładnie jeden plik JSON Lines.");
  const file = path.resolve(positionals[0]!);
  if (!existsSync(file)) usage(`Nie ma pliku ${file}.`);
  const tenant = requireTenantById(values.tenant);
  const progress = terminalProgress();

  const holder = env().DATABASE_URL ? null : readLock(path.resolve(process.cwd(), env().PGLITE_DIR));
  if (holder?.port) {
    const key = values.key ?? process.env.IMPORT_KEY ?? (isProduction() ? undefined : devImportKey(tenant.id));
    if (!key) usage("Aplikacja działa: podaj klucz importu (--key lub IMPORT_KEY).");
    console.error(`Baza jest używana przez aplikację (port ${holder.port}); wysyłam plik przez jej API importu.`);
    const answer = await sendFileToApp({
      port: holder.port,
      host: primaryHost(tenant),
      key,
      file,
      onBytes: (sent, total) => progress.update((s) => `wysłano ${Math.round((100 * sent) / total)}% (${(sent / 1e6 / s).toFixed(1)} MB/s)`),
    });
    progress.done();
    if (answer.status === "applied") printSummary(answer.lines, answer.counts, progress.elapsedSeconds());
    else if (answer.status === "rejected") printRejection(answer.errors, answer.errorCount);
    else {
      console.error(`Aplikacja odpowiedziała ${answer.httpStatus}: ${answer.message}`);
      process.exitCode = 1;
    }
    return;
  }

  const handle = await getDbHandle();
  try {
    const result = await importJsonLines(handle.db, tenant, createReadStream(file, { highWaterMark: 1 << 20 }), {
      source: `cli:${path.basename(file)}`,
      onProgress: ({ lines, records }) => progress.update((s) => `wiersze: ${lines}  rekordy/s: ${Math.round(records / s)}`),
    });
    progress.done();
    if (result.status === "applied") printSummary(result.lines, result.counts, progress.elapsedSeconds());
    else printRejection(result.errors, result.errorCount);
  } finally {
    await handle.close();
  }
}

runCli(main);
