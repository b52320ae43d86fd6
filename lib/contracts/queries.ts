import type { CustomerScope } from "@/lib/auth/customer-scope";
import type { DbOrTx } from "@/db/client";
import { and, asc, eq, inArray, ne, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { contracts, customers, points } from "@/db/schema";

/**
 * The customer's contracts, as holder or payer, except drafts (docs/import-format.md §4: invisible to the customer).
 * Tenant and customer are both in the WHERE clause.
 */
export async function customerContracts(scope: CustomerScope) {
  return contractsWithPoints(scope.db, scope.tenant.id, scope.customerId);
}

/**
 * The contracts a customer holds or pays, with the payer's name and the points of delivery. Drafts only
 * when asked for (the console shows them; the customer never sees them). Tenant and customer are both in the WHERE clause.
 */
export async function contractsWithPoints(db: DbOrTx, tenantId: string, customerId: string, { drafts = false } = {}) {
  const payer = alias(customers, "payer");
  const holderOrPayer = or(eq(contracts.customerId, customerId), eq(contracts.payerId, customerId));
  const rows = await db
    .select({
      id: contracts.id,
      number: contracts.number,
      status: contracts.status,
      signedAt: contracts.signedAt,
      startDate: contracts.startDate,
      endDate: contracts.endDate,
      product: contracts.product,
      customerId: contracts.customerId,
      payerId: contracts.payerId,
      payerName: payer.name,
    })
    .from(contracts)
    .innerJoin(payer, and(eq(payer.tenantId, contracts.tenantId), eq(payer.id, contracts.payerId)))
    .where(and(eq(contracts.tenantId, tenantId), holderOrPayer, drafts ? undefined : ne(contracts.status, "draft")))
    .orderBy(asc(contracts.number));
  const contractPoints = rows.length
    ? await db
        .select({
          id: points.id,
          contractId: points.contractId,
          code: points.code,
          kind: points.kind,
          tariff: points.tariff,
          meterNumber: points.meterNumber,
          address: points.address,
        })
        .from(points)
        .where(
          and(
            eq(points.tenantId, tenantId),
            inArray(
              points.contractId,
              rows.map((r) => r.id),
            ),
          ),
        )
        .orderBy(asc(points.code))
    : [];
  return rows.map((row) => ({ ...row, points: contractPoints.filter((p) => p.contractId === row.id) }));
}

export type CustomerContract = Awaited<ReturnType<typeof customerContracts>>[number];

/** The documents' wording of each status ("Podpisana przez klienta", document 000). */
export const contractStatusLabels: Record<CustomerContract["status"], string> = {
  draft: "Szkic",
  signed_by_customer: "Podpisana przez klienta",
  active: "Aktywna",
  terminated: "Rozwiązana",
};
