import { parseArgs } from "node:util";
import { getDbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoData } from "@/lib/demo/seed";
import { runCli } from "./cli";

/** `npm run db:seed [-- --customers N] [--force]`: migrates, then loads the demo data once. */
async function main() {
  const { values } = parseArgs({ options: { customers: { type: "string" }, today: { type: "string" }, force: { type: "boolean" } } });
  const customers = values.customers ? Number(values.customers) : undefined;
  if (customers !== undefined && !(Number.isInteger(customers) && customers > 0)) throw new Error("--customers must be a positive whole number");
  const handle = await getDbHandle();
  try {
    await migrateDatabase(handle);
    const summary = await seedDemoData(handle.db, { customers, today: values.today, force: values.force });
    if (!summary.loaded) console.log("Dane demonstracyjne są już wczytane (meta demo_seeded).");
    for (const t of summary.tenants) console.log(`${t.tenantId}: ${t.lines} rekordów (${t.counts.customer} klientów, ${t.counts.invoice} dokumentów)`);
  } finally {
    await handle.close();
  }
}

runCli(main);
