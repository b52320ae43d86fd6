import { getDbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { runCli } from "./cli";

/** `npm run db:migrate`: applies db/migrations to DATABASE_URL, or to the PGlite folder. */
async function main() {
  const handle = await getDbHandle();
  await migrateDatabase(handle);
  console.log(`Migrations applied (${handle.kind === "postgres" ? "PostgreSQL server" : "embedded PGlite"}).`);
  await handle.close();
}

runCli(main);
