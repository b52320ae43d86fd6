import { and, asc, eq, ne, or } from "drizzle-orm";
import { contracts } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

/**
 * The customer's contracts, as holder or payer, except drafts (SPEC §6: invisible to the customer).
 * Tenant and customer are both in the WHERE clause.
 */
export async function customerContracts(db: DbOrTx, tenantId: string, customerId: string) {
  return db
    .select({
      id: contracts.id,
      number: contracts.number,
      status: contracts.status,
      signedAt: contracts.signedAt,
      startDate: contracts.startDate,
      endDate: contracts.endDate,
      product: contracts.product,
    })
    .from(contracts)
    .where(and(eq(contracts.tenantId, tenantId), or(eq(contracts.customerId, customerId), eq(contracts.payerId, customerId)), ne(contracts.status, "draft")))
    .orderBy(asc(contracts.number));
}

export type CustomerContract = Awaited<ReturnType<typeof customerContracts>>[number];

/** The documents' wording of each status ("Podpisana przez klienta", document 000). */
export const contractStatusLabels: Record<CustomerContract["status"], string> = {
  draft: "Szkic",
  signed_by_customer: "Podpisana przez klienta",
  active: "Aktywna",
  terminated: "Rozwiązana",
};
