import type { Db } from "@/db/client";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import type { Tenant } from "@/lib/tenant/schema";
import { Batch, type LineError } from "@/lib/import/batch";
import { readLines, type ImportSource } from "@/lib/import/lines";
import { prepareLine } from "@/lib/import/prepare";
import { recordSchemas, recordTypes, type RecordType } from "@/lib/import/records";
import { settleImportedPayments } from "@/lib/payments/settle";
import { claimRun, failAbandonedRuns, finishRun, startRun } from "@/lib/import/runs";

/**
 * The one import path (SPEC §6) behind the CLI, the HTTP API, the demo seed and the tests: JSON Lines
 * in, all-or-nothing per file, every bad line reported.
 */

export const MAX_LISTED_ERRORS = 1000;
export const DEFAULT_BATCH_LINES = 2000;

export type ImportCounts = Record<RecordType, number>;
export type ImportProgress = { lines: number; records: number };
export type ImportResult =
  | { status: "applied"; runId: string; lines: number; counts: ImportCounts }
  | { status: "rejected"; runId: string; lines: number; counts: ImportCounts; errors: LineError[]; errorCount: number };

export type ImportOptions = {
  /** Shown in import_runs, e.g. "cli:file.jsonl" or "http". */
  source?: string;
  actor?: { id?: string | null; ip?: string | null };
  batchLines?: number;
  onProgress?: (progress: ImportProgress) => void;
};

class Rejected extends Error {}

const emptyCounts = (): ImportCounts => Object.fromEntries(recordTypes.map((t) => [t, 0])) as ImportCounts;

export async function importJsonLines(db: Db, tenant: Tenant, source: ImportSource, options: ImportOptions = {}): Promise<ImportResult> {
  await failAbandonedRuns(db);
  const runId = await startRun(db, tenant.id, options.source ?? "api");
  const schemas = recordSchemas(tenant);
  const batchLines = options.batchLines ?? DEFAULT_BATCH_LINES;
  const counts = emptyCounts();
  const errors: LineError[] = [];
  let errorCount = 0;
  let lines = 0;
  let records = 0;
  const at = now();

  try {
    await db.transaction(async (tx) => {
      await claimRun(tx, tenant.id, runId);
      let seenTable = false;

      const flush = async (batch: Batch) => {
        await batch.resolve(tx, tenant.id, seenTable);
        if (batch.hasErrors || errorCount > 0) {
          const batchErrors = batch.errors();
          errorCount += batchErrors.length;
          errors.push(...batchErrors.slice(0, Math.max(0, MAX_LISTED_ERRORS - errors.length)));
          await batch.remember(tx);
          seenTable ||= batch.entries.some((e) => e.record.defines);
        } else {
          await batch.write(tx, tenant.id, at);
        }
        for (const { record } of batch.validEntries()) counts[record.type]++;
        options.onProgress?.({ lines, records });
      };

      let batch = new Batch();
      let inBatch = 0;
      for await (const group of readLines(source)) {
        for (const line of group) {
          if ("error" in line) {
            lines++;
            batch.fail(line.no, line.error);
          } else {
            if (line.text.trim() === "") continue; // blank lines (e.g. a trailing newline) are not records
            lines++;
            const prepared = prepareLine(line.text, schemas);
            if (prepared.ok) {
              records++;
              batch.add(line.no, prepared.record);
            } else batch.fail(line.no, prepared.reason);
          }
          if (++inBatch >= batchLines) {
            await flush(batch);
            batch = new Batch();
            inBatch = 0;
          }
        }
      }
      if (inBatch > 0) await flush(batch);
      if (errorCount > 0) throw new Rejected();
      // Booked payments whose reference is an online payment's session id settle it (lib/payments/settle.ts).
      await settleImportedPayments(tx, tenant.id);
    });
  } catch (error) {
    if (!(error instanceof Rejected)) {
      const reason = `import przerwany: ${error instanceof Error ? error.message : String(error)}`;
      await finishRun(db, runId, { status: "failed", lines, badLines: errorCount, errors: [{ line: 0, reason: reason.slice(0, 1000) }] });
      throw error;
    }
  }

  const status = errorCount > 0 ? "rejected" : "applied";
  await finishRun(db, runId, { status, lines, badLines: errorCount, errors: status === "rejected" ? errors : null });
  await audit(db, {
    tenantId: tenant.id,
    actorKind: "import",
    actorId: options.actor?.id ?? null,
    ip: options.actor?.ip ?? null,
    action: `import.${status}`,
    targetKind: "import_run",
    targetId: runId,
    details: { source: options.source ?? "api", lines, counts, errorCount },
  });
  if (status === "applied") return { status, runId, lines, counts };
  return { status, runId, lines, counts, errors, errorCount };
}
