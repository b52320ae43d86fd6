import { parseArgs } from "node:util";
import { getDbHandle } from "@/db/client";
import { createImportKey } from "@/lib/import-keys";
import { requireTenantById } from "@/lib/tenant/registry";

/** `npm run import-key -- --tenant <id> [--label x]`: prints a new import key once; only its hash is stored. */
async function main() {
  const { values } = parseArgs({ options: { tenant: { type: "string" }, label: { type: "string" } } });
  if (!values.tenant) {
    console.error("Użycie: npm run import-key -- --tenant <polo|polsp|mpec> [--label opis]");
    process.exit(2);
  }
  const tenant = requireTenantById(values.tenant);
  const handle = await getDbHandle();
  try {
    const { id, key } = await createImportKey(handle.db, tenant.id, values.label ?? "CRM", "cli");
    console.error(`Klucz importu dla ${tenant.id} (id ${id}). Zapisz go teraz — nie da się go później odczytać:`);
    console.log(key);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
