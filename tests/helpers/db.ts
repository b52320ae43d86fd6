import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import postgres from "postgres";
import { openPglite, openPostgres, setDbHandle, type Db, type DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { DEFAULT_ADMIN_URL } from "./postgres-server";

/**
 * A fresh database for one test file: in-memory PGlite by default, or — with TEST_DB=postgres — a
 * new database on a PostgreSQL server cloned from the template that global setup migrated. The server
 * is the one at TEST_DATABASE_ADMIN_URL (default: the local one on 5432), or, when nothing answers
 * there, the throwaway one global setup started (tests/helpers/postgres-server.ts).
 */
export const testDbKind = process.env.TEST_DB === "postgres" ? "postgres" : "pglite";
export const configuredAdminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? DEFAULT_ADMIN_URL;

/** The admin URL of the server this run uses; inside test files only (global setup provides it). */
const adminUrl = () => inject("adminUrl");

export function databaseUrl(name: string, admin: string = adminUrl()): string {
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createTestDb(): Promise<DbHandle> {
  if (testDbKind === "pglite") {
    const handle = await openPglite();
    await migrateDatabase(handle);
    setDbHandle(handle);
    return handle;
  }
  // Named with the template's (the run's) pid so global setup can tell leftovers of dead runs.
  const template = inject("templateDb");
  const name = `mojbok_t_${template.slice("mojbok_tpl_".length)}_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const handle = openPostgres(databaseUrl(name), { max: 5 });
  setDbHandle(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const drop = postgres(adminUrl(), { max: 1, onnotice: () => {} });
      await drop.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}

/** What a test file holds of its database: `db` is open from the file's first hook to its last. */
export type TestDb = { readonly db: Db };

/**
 * The one way a test file gets its database: call it at the top of the file, before the file's own
 * hooks. It opens a fresh database in `beforeAll` (registered first, so it runs before the file's own
 * seeding hooks) and closes it in `afterAll` (which, in Vitest's stacked hook order, runs after the
 * file's own clean-up).
 */
export function setupTestDb(): TestDb {
  let handle: DbHandle | undefined;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => {
    await handle?.close();
    handle = undefined;
  });
  return {
    get db() {
      if (!handle) throw new Error("setupTestDb(): the database is open only inside the file's hooks and tests");
      return handle.db;
    },
  };
}
