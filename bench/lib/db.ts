import postgres from "postgres";
import { openPostgres, type DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

export const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const benchDatabase = "mojbok_bench";

export function benchDatabaseUrl(): string {
  const url = new URL(adminUrl);
  url.pathname = `/${benchDatabase}`;
  return url.toString();
}

/** Drops and creates mojbok_bench, applies db/migrations and returns an open handle. */
export async function freshBenchDb(): Promise<DbHandle> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${benchDatabase} WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE ${benchDatabase}`);
  } finally {
    await admin.end();
  }
  const handle = openPostgres(benchDatabaseUrl(), { max: 4 });
  await migrateDatabase(handle);
  return handle;
}

export function openBenchDb(max = 4): DbHandle {
  return openPostgres(benchDatabaseUrl(), { max });
}
