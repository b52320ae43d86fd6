import type { CustomerScope } from "@/lib/auth/customer-scope";
import { and, asc, eq, ne, or } from "drizzle-orm";
import { contracts, points } from "@/db/schema";

/**
 * The contracts and points a customer may name in a ticket: their own (holder or payer), never a
 * draft. Used both for the form's options and to validate what was sent — a forged id is refused.
 */
export async function ticketTargets(scope: CustomerScope) {
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  const mine = and(
    eq(contracts.tenantId, tenantId),
    or(eq(contracts.customerId, customerId), eq(contracts.payerId, customerId)),
    ne(contracts.status, "draft"),
  );
  const contractRows = await db.select({ id: contracts.id, number: contracts.number }).from(contracts).where(mine).orderBy(asc(contracts.number));
  const pointRows = await db
    .select({ id: points.id, code: points.code, contractId: points.contractId })
    .from(points)
    .innerJoin(contracts, and(eq(contracts.tenantId, points.tenantId), eq(contracts.id, points.contractId)))
    .where(and(eq(points.tenantId, tenantId), mine))
    .orderBy(asc(points.code));
  return { contracts: contractRows, points: pointRows };
}

export type TicketTargets = Awaited<ReturnType<typeof ticketTargets>>;
