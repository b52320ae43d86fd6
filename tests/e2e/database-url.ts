import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { openPostgres, type Db } from "@/db/client";

/** Where scripts/e2e-server.ts writes the URL of the database it seeded and serves. */
export const E2E_DATABASE_URL_FILE = path.join("test-results", "e2e-database-url.txt");

/**
 * The database of the app under test, for tests that write fixtures straight into it: the URL the e2e
 * server wrote at start-up (it may run on a throwaway PostgreSQL on a port of its own,
 * tests/helpers/postgres-server.ts), else E2E_DATABASE_URL, else the local server's mojbok_e2e.
 * Read when a spec file loads, which in Playwright's workers is after the web server is up.
 */
export const e2eDatabaseUrl = existsSync(E2E_DATABASE_URL_FILE)
  ? readFileSync(E2E_DATABASE_URL_FILE, "utf8").trim()
  : (process.env.E2E_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/mojbok_e2e");

/** Runs `work` on a one-connection client of the app's database and closes it after. */
export async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const handle = openPostgres(e2eDatabaseUrl, { max: 1 });
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}
