import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { customers } from "@/db/schema";

/** The customer's individual account from the CRM, or null; tenant and customer in the WHERE clause (S13, S14). */
export async function customerBankAccount(db: DbOrTx, tenantId: string, customerId: string): Promise<string | null> {
  const [row] = await db
    .select({ bankAccount: customers.bankAccount })
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId)))
    .limit(1);
  return row?.bankAccount ?? null;
}
