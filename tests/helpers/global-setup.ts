import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openPostgres } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { adminUrl, databaseUrl, testDbKind } from "./db";

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * With TEST_DB=postgres: create a migrated template database for this run (named after our pid, so
 * parallel runs never touch each other's); each test file clones it. Databases left by killed runs
 * (their pid is gone) are dropped.
 */
export default async function setup(project: TestProject) {
  const templateDb = `mojbok_tpl_${process.pid}`;
  project.provide("templateDb", templateDb);
  if (testDbKind !== "postgres") return;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const existing = await admin<{ datname: string }[]>`SELECT datname FROM pg_database WHERE starts_with(datname, 'mojbok_t')`;
  for (const { datname } of existing) {
    const pid = Number(/^mojbok_(?:tpl|t)_(\d+)/.exec(datname)?.[1]);
    if (pid && !alive(pid)) await admin.unsafe(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
  await admin.unsafe(`DROP DATABASE IF EXISTS ${templateDb} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${templateDb}`);
  const handle = openPostgres(databaseUrl(templateDb), { max: 1 });
  await migrateDatabase(handle);
  await handle.close();
  await admin.end();
  return async () => {
    const drop = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await drop.unsafe(`DROP DATABASE IF EXISTS ${templateDb} WITH (FORCE)`);
    await drop.end();
  };
}
