import { parseArgs } from "node:util";
import { createImportKey } from "@/lib/import-keys";
import { importKeyScopes, scopeLabels, type ImportKeyScope } from "@/lib/import-key-scope";
import { requireTenantById } from "@/lib/tenant/registry";
import { runCli, withDb } from "./cli";

/**
 * `npm run import-key -- --tenant <id> [--scope import|export|both] [--label x]`: prints a new import
 * key once; only its hash is stored. The scope (S31) says whether the key may push data
 * (POST /api/import), read events (GET /api/export) or both — the default.
 */
const usage = "Użycie: npm run import-key -- --tenant <polo|polsp|mpec> [--scope import|export|both] [--label opis]";

async function main() {
  const { values } = parseArgs({ options: { tenant: { type: "string" }, label: { type: "string" }, scope: { type: "string" } } });
  const scope = values.scope ?? "both";
  if (!values.tenant || !(importKeyScopes as readonly string[]).includes(scope)) {
    console.error(values.tenant ? `Nieznany zakres „${scope}”: import, export albo both.\n${usage}` : usage);
    process.exit(2);
  }
  const tenant = requireTenantById(values.tenant);
  const { id, key } = await withDb((db) => createImportKey(db, tenant.id, values.label ?? "CRM", "cli", scope as ImportKeyScope));
  console.error(
    `Klucz importu dla ${tenant.id} (id ${id}, zakres: ${scopeLabels[scope as ImportKeyScope].toLowerCase()}). Zapisz go teraz — nie da się go później odczytać:`,
  );
  console.log(key);
}

runCli(main);
