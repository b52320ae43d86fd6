import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { copyLine, encoderFor, type Encoder } from "@/lib/import/copy-text";
import type { Prepared } from "@/lib/import/prepare";
import { tableSpecs, type TableName } from "@/lib/import/tables";

/**
 * The first half of an import: every shape-valid line goes, with its line number, into a temporary
 * staging table of its type (invoice lines into their own, numbered by their invoice's line). The
 * rows travel in COPY text format — `COPY … FROM STDIN` on PostgreSQL, `COPY … FROM '/dev/blob'` on
 * PGlite — in chunks, so memory stays flat and, on PostgreSQL, the server loads one chunk while the
 * next is parsed. check.ts and merge.ts then work on whole tables with set-based SQL
 * (docs/decisions/0011-import-integrity.md). The tables disappear with the transaction.
 */

export const stageTable = (table: TableName) => `import_stage_${table}`;

type StageSpec = { table: TableName; columns: [string, string][]; encoders: Encoder[]; copy: string; analyze: string };

/** The columns check.ts and merge.ts join and filter on: the line, the key, the references, the customer number. */
const joined = (name: string, key: [string, string][]) =>
  name === "line" || name === "customer_number" || name.endsWith("_id") || key.some(([k]) => k === name);

function stageSpec(table: TableName, key: [string, string][], columns: [string, string][]): StageSpec {
  const names = columns.map(([n]) => `"${n}"`).join(", ");
  const analyzed = columns.filter(([n]) => joined(n, key)).map(([n]) => `"${n}"`);
  return {
    table,
    columns,
    encoders: columns.map(([, type]) => encoderFor(type)),
    copy: `COPY ${stageTable(table)} (${names})`,
    analyze: `ANALYZE ${stageTable(table)} (${analyzed.join(", ")})`,
  };
}

/** Staging columns: the file line, the table's key and columns; invoices also their line count (for the trim). */
export const stageSpecs = new Map<TableName, StageSpec>(
  tableSpecs.map((spec) => {
    const extra: [string, string][] = spec.name === "invoices" ? [["line_count", "integer"]] : [];
    return [spec.name, stageSpec(spec.name, spec.key, [["line", "integer"], ...spec.key, ...spec.columns, ...extra])];
  }),
);

/**
 * A table's rows go in one COPY once this many bytes have gathered (or at the end): few large ones,
 * since each is a round trip the queue waits for (about 90 ms each while postgres.js's sockets kept
 * Nagle's algorithm on and the closing CopyDone waited for a delayed ACK; db/client.ts turns it off). Rows are turned into UTF-8 buffers every
 * PIECE_CHARS, so the gathered text lives outside the JavaScript heap; at most MAX_QUEUED_BYTES wait
 * for the server. Memory stays bounded by these, whatever the file's size.
 */
const CHUNK_BYTES = 4 << 20;
const PIECE_CHARS = 64 << 10;
const MAX_QUEUED_BYTES = 16 << 20;

type CopyFn = (statement: string, data: Buffer[]) => Promise<void>;

type PostgresJsTx = { unsafe: (query: string) => { writable: () => Promise<NodeJS.WritableStream> } };
type PgliteTx = { query: (query: string, params: unknown[], options: { blob: Blob }) => Promise<unknown> };

/** The raw client under drizzle's transaction: postgres.js's or PGlite's. */
function copyFor(tx: Tx): { kind: "postgres" | "pglite"; copy: CopyFn } {
  const client = (tx as unknown as { session: { client: PostgresJsTx | PgliteTx } }).session.client;
  if ("unsafe" in client) {
    return {
      kind: "postgres",
      copy: async (statement, data) => pipeline(Readable.from(data), await client.unsafe(`${statement} FROM STDIN`).writable()),
    };
  }
  return {
    kind: "pglite",
    copy: async (statement, data) => void (await client.query(`${statement} FROM '/dev/blob'`, [], { blob: new Blob(data as Uint8Array<ArrayBuffer>[]) })),
  };
}

export class Staging {
  private readonly buffers = new Map<TableName, { parts: string[]; chars: number; pieces: Buffer[]; bytes: number }>();
  private queue: Promise<void> = Promise.resolve();
  private queuedBytes = 0;
  private failure: unknown = null;
  private bufferedBytes = 0;
  /** Rows staged per table: the checks and merges skip empty tables (most files carry a few types). */
  readonly rows = new Map<TableName, number>();

  private constructor(private readonly copy: CopyFn) {}

  static async open(tx: Tx): Promise<Staging> {
    const { kind, copy } = copyFor(tx);
    // The checks and merges hash whole staging tables; the default 4 MB would spill them to disk.
    if (kind === "postgres") await tx.execute(sql`SET LOCAL work_mem = '128MB'`);
    for (const spec of stageSpecs.values()) {
      const columns = spec.columns.map(([n, type]) => `"${n}" ${type}`).join(", ");
      await tx.execute(sql.raw(`CREATE TEMP TABLE ${stageTable(spec.table)} (${columns}) ON COMMIT DROP`));
    }
    return new Staging(copy);
  }

  /** Queues one prepared line (and its invoice lines). */
  add(line: number, record: Prepared): void {
    const spec = stageSpecs.get(record.table)!;
    const values = spec.columns.map(([name]) => (name === "line" ? line : name === "line_count" ? (record.lines?.length ?? 0) : record.row[name]));
    this.push(record.table, copyLine(spec.encoders, values));
    if (record.lines && record.lines.length > 0) {
      const lineSpec = stageSpecs.get("invoice_lines")!;
      for (const row of record.lines)
        this.push(
          "invoice_lines",
          copyLine(
            lineSpec.encoders,
            lineSpec.columns.map(([name]) => (name === "line" ? line : row[name])),
          ),
        );
    }
  }

  private push(table: TableName, text: string) {
    let buffer = this.buffers.get(table);
    if (!buffer) this.buffers.set(table, (buffer = { parts: [], chars: 0, pieces: [], bytes: 0 }));
    buffer.parts.push(text);
    buffer.chars += text.length;
    this.rows.set(table, (this.rows.get(table) ?? 0) + 1);
    if (buffer.chars >= PIECE_CHARS) this.piece(buffer);
  }

  private piece(buffer: { parts: string[]; chars: number; pieces: Buffer[]; bytes: number }) {
    if (buffer.parts.length === 0) return;
    const piece = Buffer.from(buffer.parts.join(""), "utf8");
    buffer.parts = [];
    buffer.chars = 0;
    buffer.pieces.push(piece);
    buffer.bytes += piece.length;
    this.bufferedBytes += piece.length;
  }

  /** Sends each table's rows once they are worth a COPY (all of them with `force`); waits only when the server falls behind. */
  async flush(force = false): Promise<void> {
    if (!force && this.bufferedBytes < CHUNK_BYTES) return;
    for (const [table, buffer] of this.buffers) {
      if (force) this.piece(buffer);
      if (buffer.bytes === 0 || (!force && buffer.bytes < CHUNK_BYTES)) continue;
      const { pieces, bytes } = buffer;
      buffer.pieces = [];
      buffer.bytes = 0;
      this.bufferedBytes -= bytes;
      const statement = stageSpecs.get(table)!.copy;
      this.queuedBytes += bytes;
      this.queue = this.queue.then(async () => {
        if (this.failure) return;
        try {
          await this.copy(statement, pieces);
        } catch (error) {
          this.failure = error;
        } finally {
          this.queuedBytes -= bytes;
        }
      });
    }
    if (this.queuedBytes > MAX_QUEUED_BYTES) await this.drain();
  }

  /** After an error elsewhere: nothing more is sent, and what is under way ends before the transaction does. */
  async abandon(): Promise<void> {
    this.failure ??= new Error("import abandoned");
    await this.queue;
  }

  private async drain(): Promise<void> {
    await this.queue;
    if (this.failure) throw this.failure;
  }

  /**
   * Everything sent and loaded; statistics for the planner (temporary tables are never auto-analyzed),
   * of the joined columns only: the jsonb and text columns took most of ANALYZE's time and no plan uses them.
   */
  async finish(tx: Tx): Promise<void> {
    await this.flush(true);
    await this.drain();
    for (const table of this.rows.keys()) await tx.execute(sql.raw(stageSpecs.get(table)!.analyze));
  }
}
