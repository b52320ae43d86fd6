import type { Db } from "@/db/client";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import type { Tenant } from "@/lib/tenant/schema";
import { checkStaged, type LineError } from "@/lib/import/check";
import { mergeStaged } from "@/lib/import/merge";
import { enqueueNewDocumentNotices } from "@/lib/notifications/new-document-notices";
import { Staging } from "@/lib/import/staging";
import { recordTables } from "@/lib/import/tables";
import { readLines, type ImportSource } from "@/lib/import/lines";
import { prepareLine } from "@/lib/import/prepare";
import { recordSchemas, recordTypes, type RecordType } from "@/lib/import/records";
import { settleImportedPayments } from "@/lib/payments/settle";
import { claimRun, failAbandonedRuns, finishRun, startRun } from "@/lib/import/runs";

/**
 * The one import path (docs/import-format.md §2) behind the CLI, the HTTP API, the demo seed and the tests: JSON Lines
 * in, all-or-nothing per file, every bad line reported. Each line's shape is checked here as it
 * streams (zod, prepare.ts; by hand for plainly valid records of the common types, fast.ts); the
 * shape-valid lines go to staging tables (staging.ts), whose references check.ts verifies and
 * merge.ts writes with one statement per table — all in one transaction (docs/import-format.md,
 * docs/decisions/0011-import-integrity.md).
 */

export const MAX_LISTED_ERRORS = 1000;
/** Lines after which the staged rows gathered so far are sent, however few (tests use small values). */
export const DEFAULT_BATCH_LINES = 200_000;

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
  /** Called as each phase ends (the bench reports where the time goes). */
  onPhase?: (phase: ImportPhase) => void;
};

/** staged: every line read, checked for shape and loaded into staging; checked: references; merged: written. */
export type ImportPhase = "staged" | "checked" | "merged";

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
      const staging = await Staging.open(tx);
      const fail = (line: number, reason: string) => {
        errorCount++;
        if (errors.length < MAX_LISTED_ERRORS) errors.push({ line, reason });
      };

      let sinceFlush = 0;
      try {
        for await (const group of readLines(source)) {
          for (const line of group) {
            if ("error" in line) {
              lines++;
              fail(line.no, line.error);
            } else {
              if (line.text.trim() === "") continue; // blank lines (e.g. a trailing newline) are not records
              lines++;
              const prepared = prepareLine(line.text, schemas);
              if (prepared.ok) {
                records++;
                counts[prepared.record.type]++;
                staging.add(line.no, prepared.record);
              } else fail(line.no, prepared.reason);
            }
            if (++sinceFlush >= batchLines) {
              await staging.flush(true);
              sinceFlush = 0;
            }
          }
          await staging.flush();
          options.onProgress?.({ lines, records });
        }
      } catch (error) {
        // e.g. a request body over the limit: let the COPYs under way end before the rollback.
        await staging.abandon();
        throw error;
      }
      await staging.finish(tx);
      options.onPhase?.("staged");

      // References and customer numbers, for the whole file at once (check.ts).
      const checked = await checkStaged(tx, tenant.id, staging.rows, MAX_LISTED_ERRORS);
      for (const type of recordTypes) counts[type] -= checked.badByTable[recordTables[type]] ?? 0;
      if (checked.badLines > 0) {
        errorCount += checked.badLines;
        const all = [...errors, ...checked.listed].sort((a, b) => a.line - b.line);
        errors.splice(0, errors.length, ...all.slice(0, MAX_LISTED_ERRORS));
      }
      options.onProgress?.({ lines, records });
      options.onPhase?.("checked");
      if (errorCount > 0) throw new Rejected();
      await mergeStaged(tx, tenant.id, staging.rows, at);
      options.onPhase?.("merged");
      // Booked payments whose reference is an online payment's session id settle it (lib/payments/settle.ts).
      await settleImportedPayments(tx, tenant.id);
      // "Nowy dokument" notices, committed with the import or not at all (docs/email.md §7).
      if (staging.rows.has("invoices")) await enqueueNewDocumentNotices(tx, tenant.id, at);
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
