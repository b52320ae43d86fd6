import postgres from "postgres";
import { openPostgres } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { adminUrl, databaseUrl, templateName, testDbKind } from "./db";

/** With TEST_DB=postgres: (re)create the migrated template database that every test file clones. */
export default async function setup() {
  if (testDbKind !== "postgres") return;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${templateName} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${templateName}`);
  const handle = openPostgres(databaseUrl(templateName), { max: 1 });
  await migrateDatabase(handle);
  await handle.close();
  // Old test databases of a run that was killed.
  const leftovers = await admin<{ datname: string }[]>`SELECT datname FROM pg_database WHERE starts_with(datname, 'mojbok_t_')`;
  for (const { datname } of leftovers) await admin.unsafe(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  await admin.end();
}
