import { mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import * as schema from "@/db/schema";
import { env } from "@/lib/env";
import { acquireDataDirLock } from "@/db/lock";
import { migrateDatabase } from "@/db/migrate";

/**
 * One database client for the whole app: PGlite under .data/ when DATABASE_URL is unset (the
 * zero-setup default), postgres.js when it is set. Both speak PostgreSQL and share one schema and one
 * set of migrations; the rest of the code sees only `Db`.
 */

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that can run a query: the database or an open transaction. */
export type DbOrTx = Db | Tx;

export type DbHandle = { db: Db; kind: "pglite" | "postgres"; close: () => Promise<void> };

/**
 * Seconds before reconnecting after a failed connection. postgres.js counts failures for the whole
 * pool and by default waits up to 20 s (3^failures / 100); a pool of 10 reaches that cap within a
 * few seconds of a database restart, and requests then hang for up to 20 s after the database is
 * back (measured by `npm run fault -- pg`). Capped at 1 s, with jitter, the app answers again within
 * about a second of the database's return, at the cost of one connection attempt per second per
 * pooled connection while it is away.
 */
export const reconnectDelaySeconds = (failures: number) => Math.min(0.05 * 2 ** failures, 1) * (0.5 + Math.random() / 2);

/**
 * postgres.js's sockets, but with Nagle's algorithm off (TCP_NODELAY, as node-postgres sets it). With
 * it on, the small message closing a burst — a COPY's CopyDone — waited for the server's delayed ACK,
 * about 40 ms per COPY, and an import sends one or more per staging table (lib/import/staging.ts;
 * docs/decisions/0011-import-integrity.md). postgres.js does not connect a socket it is given, so
 * this connects it, taking the hosts in turn as postgres.js does; its connect_timeout still applies.
 */
export function noDelaySockets() {
  let next = 0;
  return (options: { host: string[]; port: number[]; path?: string | false }): net.Socket => {
    if (options.path) return net.connect({ path: options.path });
    const i = next++ % options.host.length;
    const socket = net.connect({ host: options.host[i], port: options.port[i]! });
    socket.setNoDelay(true);
    return socket;
  };
}

export function openPostgres(url: string, options: { max?: number } = {}): DbHandle {
  // `socket` is an option of postgres.js (src/connection.js) missing from its types.
  const sockets = { socket: noDelaySockets() };
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    idle_timeout: 30,
    connect_timeout: 10,
    backoff: reconnectDelaySeconds,
    ...sockets,
  });
  const db = drizzlePostgres(client, { schema, casing: "snake_case" }) as unknown as Db;
  return { db, kind: "postgres", close: () => client.end({ timeout: 5 }) };
}

/** In-memory when dataDir is undefined (tests), else a folder guarded by a lock file. */
export async function openPglite(dataDir?: string): Promise<DbHandle> {
  let release = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    release = acquireDataDirLock(dataDir);
  }
  const client = new PGlite(dataDir);
  await client.waitReady;
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

const holder = globalThis as unknown as { __mojbokDb?: Promise<DbHandle> };

/** The process-wide database. PGlite folders are migrated on first open; a server is migrated by `npm run db:migrate`. */
export function getDbHandle(): Promise<DbHandle> {
  holder.__mojbokDb ??= (async () => {
    const e = env();
    if (e.DATABASE_URL) return openPostgres(e.DATABASE_URL);
    const handle = await openPglite(path.resolve(process.cwd(), e.PGLITE_DIR));
    await migrateDatabase(handle);
    return handle;
  })().catch((error) => {
    holder.__mojbokDb = undefined;
    throw error;
  });
  return holder.__mojbokDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** Lets tests and scripts install their own database as the process-wide one. */
export function setDbHandle(handle: DbHandle | undefined): void {
  holder.__mojbokDb = handle ? Promise.resolve(handle) : undefined;
}
