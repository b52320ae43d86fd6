import { and, eq } from "drizzle-orm";
import { customers, type Customer } from "@/db/schema";
import type { CustomerScope } from "@/lib/auth/customer-scope";

/** The customer record "Moje dane" shows (as the CRM sent it), under the scope's tenant and customer; null if gone. */
export async function customerRecord(scope: CustomerScope): Promise<Customer | null> {
  const [customer] = await scope.db
    .select()
    .from(customers)
    .where(and(eq(customers.tenantId, scope.tenant.id), eq(customers.id, scope.customerId)))
    .limit(1);
  return customer ?? null;
}
