import { createWriteStream } from "node:fs";
import path from "node:path";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { allTenants, requireTenantById } from "@/lib/tenant/registry";
import { demoJsonLines } from "@/lib/demo/generate";
import type { Tenant } from "@/lib/tenant/schema";
import { runCli } from "./cli";

/**
 * `npm run demo-data -- --tenant polo --customers 100000 --out polo.jsonl [--today YYYY-MM-DD]`
 * streams one tenant's demo data to a file; without --tenant it writes `<out dir>/<tenant>.jsonl`
 * for every tenant. Nothing is held in memory beyond one customer.
 */

async function writeTenant(tenant: Tenant, file: string, customers: number, today: string | undefined, seed: string | undefined) {
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  const started = Date.now();
  let bytes = 0;
  for (const chunk of demoJsonLines(tenant, { customers, today, seed })) {
    bytes += chunk.length;
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  console.error(`${tenant.id}: ${customers} klientów → ${file} (${(bytes / 1e6).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      tenant: { type: "string" },
      customers: { type: "string", default: "1000" },
      out: { type: "string" },
      today: { type: "string" },
      seed: { type: "string" },
    },
  });
  const customers = Number(values.customers);
  if (!Number.isInteger(customers) || customers < 1) throw new Error("--customers must be a positive whole number");
  if (values.today && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new Error("--today must be YYYY-MM-DD");
  if (values.tenant) {
    const tenant = requireTenantById(values.tenant);
    await writeTenant(tenant, path.resolve(values.out ?? `${tenant.id}-demo.jsonl`), customers, values.today, values.seed);
    return;
  }
  const dir = path.resolve(values.out ?? ".");
  for (const tenant of allTenants()) await writeTenant(tenant, path.join(dir, `${tenant.id}-demo.jsonl`), customers, values.today, values.seed);
}

runCli(main);
