import type { CustomerScope } from "@/lib/auth/customer-scope";
import { and, eq } from "drizzle-orm";
import { customers } from "@/db/schema";

/** The customer's individual account from the CRM, or null; tenant and customer in the WHERE clause (S13, S14). */
export async function customerBankAccount(scope: CustomerScope): Promise<string | null> {
  const [row] = await bankAccountQuery(scope);
  return row?.bankAccount ?? null;
}

/** customerBankAccount's statement, as a builder Pulpit's glance embeds (lib/dashboard/glance.ts). */
export function bankAccountQuery(scope: CustomerScope) {
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  return db
    .select({ bankAccount: customers.bankAccount })
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId)))
    .limit(1);
}
