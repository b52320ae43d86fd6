import { openPostgres, type DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { databaseUrlOn, recreateDatabase } from "@/db/databases";

export const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
// The load and fault runs (bench/load.ts, bench/faults/) set BENCH_DATABASE to their own database.
export const benchDatabase = process.env.BENCH_DATABASE ?? "mojbok_bench";
if (!/^[a-z_][a-z0-9_]*$/.test(benchDatabase)) throw new Error(`BENCH_DATABASE must be a plain lower-case identifier, not "${benchDatabase}"`);

export function benchDatabaseUrl(): string {
  return databaseUrlOn(adminUrl, benchDatabase);
}

/** Drops and creates mojbok_bench, applies db/migrations and returns an open handle. */
export async function freshBenchDb(): Promise<DbHandle> {
  await recreateDatabase(adminUrl, benchDatabase);
  const handle = openPostgres(benchDatabaseUrl(), { max: 4 });
  await migrateDatabase(handle);
  return handle;
}

export function openBenchDb(max = 4): DbHandle {
  return openPostgres(benchDatabaseUrl(), { max });
}
