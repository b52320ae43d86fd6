import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openPostgres } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { configuredAdminUrl, databaseUrl, testDbKind } from "./db";
import { alive, ensurePostgres } from "./postgres-server";

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
    adminUrl: string;
  }
}

/**
 * With TEST_DB=postgres: make sure a PostgreSQL server answers (the configured one, else a throwaway
 * embedded one for this run, tests/helpers/postgres-server.ts), then create a migrated template
 * database for this run (named after our pid, so parallel runs never touch each other's); each test
 * file clones it. Databases left by killed runs (their pid is gone) are dropped.
 */
export default async function setup(project: TestProject) {
  const templateDb = `mojbok_tpl_${process.pid}`;
  project.provide("templateDb", templateDb);
  project.provide("adminUrl", configuredAdminUrl);
  if (testDbKind !== "postgres") return;
  const server = await ensurePostgres(configuredAdminUrl, (line) => console.log(`[test-postgres] ${line}`));
  const adminUrl = server.adminUrl;
  project.provide("adminUrl", adminUrl);
  try {
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    const existing = await admin<{ datname: string }[]>`SELECT datname FROM pg_database WHERE starts_with(datname, 'mojbok_t')`;
    for (const { datname } of existing) {
      const pid = Number(/^mojbok_(?:tpl|t)_(\d+)/.exec(datname)?.[1]);
      if (pid && !alive(pid)) await admin.unsafe(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
    await admin.unsafe(`DROP DATABASE IF EXISTS ${templateDb} WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE ${templateDb}`);
    const handle = openPostgres(databaseUrl(templateDb, adminUrl), { max: 1 });
    await migrateDatabase(handle);
    await handle.close();
    await admin.end();
  } catch (error) {
    await server.stop();
    throw error;
  }
  return async () => {
    try {
      const drop = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await drop.unsafe(`DROP DATABASE IF EXISTS ${templateDb} WITH (FORCE)`);
      await drop.end();
    } finally {
      await server.stop();
    }
  };
}
