import { sql } from "drizzle-orm";
import type { Db, DbHandle } from "@/db/client";
import { moduleHref } from "@/lib/portal/modules";
import { benchTenants } from "./env";
import { freshBenchDb } from "./db";
import { BENCH_PASSWORD, createAccounts } from "./accounts";
import { importStage } from "../import";
import type { VuAccount } from "./vu";

/** Tenants whose portal has Pulpit, Faktury and Zgłoszenia (MPEC's has no dashboard or invoices). */
export const loadTenants = benchTenants.filter((t) => moduleHref(t, "dashboard") && moduleHref(t, "invoices") && moduleHref(t, "tickets"));

/**
 * A fresh database (BENCH_DATABASE) filled through the import path with lib/demo's customers, and
 * one signed-up account per virtual user, spread over the load tenants — each user its own account,
 * so the per-login limits (sign-ins, tickets) see one person each, as in real traffic.
 */
export async function prepareLoadDatabase(customers: number, users: number, say: (line: string) => void): Promise<{ handle: DbHandle; accounts: VuAccount[] }> {
  const handle = await freshBenchDb();
  const db = handle.db as Db;
  const perTenant = Math.ceil(customers / benchTenants.length);
  say(`import: ${perTenant} demo customers per tenant …`);
  await importStage(db, benchTenants, 0, perTenant, say);
  await db.execute(sql`ANALYZE`);
  const accounts: VuAccount[] = [];
  for (const [i, tenant] of loadTenants.entries()) {
    const count = Math.floor(users / loadTenants.length) + (i < users % loadTenants.length ? 1 : 0);
    const created = await createAccounts(db, tenant, count, "load");
    if (created.length < count) throw new Error(`${tenant.id}: only ${created.length} customers without an account for ${count} users; use more --customers`);
    accounts.push(...created.map((a) => ({ tenant, login: a.login, password: BENCH_PASSWORD })));
  }
  // Interleaved, so the ramp-up mixes tenants.
  accounts.sort((a, b) => a.login.localeCompare(b.login));
  say(`accounts: ${accounts.length} (${loadTenants.map((t) => t.id).join(", ")})`);
  return { handle, accounts };
}
