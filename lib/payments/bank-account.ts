import type { CustomerScope } from "@/lib/auth/customer-scope";
import { and, eq } from "drizzle-orm";
import { customers } from "@/db/schema";

/** The customer's individual account from the CRM, or null; tenant and customer in the WHERE clause (S13, S14). */
export async function customerBankAccount(scope: CustomerScope): Promise<string | null> {
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  const [row] = await db
    .select({ bankAccount: customers.bankAccount })
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId)))
    .limit(1);
  return row?.bankAccount ?? null;
}
