import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import postgres from "postgres";
import { openPglite, openPostgres, setDbHandle, type DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

/**
 * A fresh database for one test file: in-memory PGlite by default, or — with TEST_DB=postgres — a
 * new database on the local PostgreSQL server cloned from the template that global setup migrated.
 */
export const testDbKind = process.env.TEST_DB === "postgres" ? "postgres" : "pglite";
export const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
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
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const handle = openPostgres(databaseUrl(name), { max: 5 });
  setDbHandle(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const drop = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await drop.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}
