import { and, eq } from "drizzle-orm";
import { accounts, customers } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { hashSecret } from "@/lib/auth/password-hash";
import { acceptRegulation } from "@/lib/regulations/acceptance";
import { currentRegulation } from "@/lib/regulations/in-force";
import { allTenants } from "@/lib/tenant/registry";
import type { Tenant } from "@/lib/tenant/schema";
import { demoLoginCustomerId } from "@/lib/demo/identities";
import { now } from "@/lib/clock";

/**
 * A ready, activated demo login per tenant, so a newcomer can look around at once (README). Only
 * for development and the demo data: the password is public.
 */
export const DEMO_PASSWORD = "Zielony-Kwiat-2026";

export type DemoLogin = { tenantId: string; login: string; password: string };

function demoLogin(tenant: Tenant, customerNumber: string | null): string | null {
  if (tenant.identifier === "customer-number") return customerNumber;
  return `demo.${tenant.id}`;
}

export async function ensureDemoAccounts(db: DbOrTx): Promise<DemoLogin[]> {
  const result: DemoLogin[] = [];
  const passwordHash = await hashSecret(DEMO_PASSWORD);
  for (const tenant of allTenants()) {
    const customerId = demoLoginCustomerId(tenant.id);
    if (!customerId) continue;
    const [customer] = await db
      .select()
      .from(customers)
      .where(and(eq(customers.tenantId, tenant.id), eq(customers.id, customerId)))
      .limit(1);
    const login = customer ? demoLogin(tenant, customer.customerNumber) : null;
    if (!customer || !login) continue;
    const [account] = await db
      .insert(accounts)
      .values({
        tenantId: tenant.id,
        customerId,
        login,
        email: customer.email ?? `${login}@example.pl`,
        phone: customer.phone,
        status: "active",
        passwordHash,
        activatedAt: now(),
        passwordChangedAt: now(),
      })
      .onConflictDoNothing()
      .returning({ id: accounts.id });
    if (account) {
      const regulation = await currentRegulation(db, tenant);
      await acceptRegulation(db, { tenantId: tenant.id, accountId: account.id, versionId: regulation.id, ip: null });
    }
    result.push({ tenantId: tenant.id, login, password: DEMO_PASSWORD });
  }
  return result;
}
