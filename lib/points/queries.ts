import type { CustomerScope } from "@/lib/auth/customer-scope";
import { and, asc, eq, ne, or } from "drizzle-orm";
import { contracts, points } from "@/db/schema";

/**
 * Points of delivery the customer may see: those of their contracts as holder or payer, never of a
 * draft (docs/import-format.md §4). Tenant and customer are in every WHERE clause (S13, S14), so another customer's
 * point id simply finds nothing.
 */
const columns = {
  id: points.id,
  code: points.code,
  kind: points.kind,
  address: points.address,
  tariff: points.tariff,
  meterNumber: points.meterNumber,
  distributor: points.distributor,
  selfReading: points.selfReading,
  readingWindowFrom: points.readingWindowFrom,
  readingWindowTo: points.readingWindowTo,
  zones: points.zones,
  contractId: contracts.id,
  contractNumber: contracts.number,
  contractStatus: contracts.status,
  contractProduct: contracts.product,
  contractStartDate: contracts.startDate,
  contractEndDate: contracts.endDate,
};

function visibleTo(tenantId: string, customerId: string) {
  return and(eq(points.tenantId, tenantId), or(eq(contracts.customerId, customerId), eq(contracts.payerId, customerId)), ne(contracts.status, "draft"));
}

const join = and(eq(contracts.tenantId, points.tenantId), eq(contracts.id, points.contractId));

export async function customerPoints(scope: CustomerScope) {
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  return db.select(columns).from(points).innerJoin(contracts, join).where(visibleTo(tenantId, customerId)).orderBy(asc(points.code), asc(points.id));
}

export type CustomerPoint = Awaited<ReturnType<typeof customerPoints>>[number];

/** One point, or null when it is not this customer's (the page answers 404, S13). */
export async function customerPoint(scope: CustomerScope, pointId: string): Promise<CustomerPoint | null> {
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  const [row] = await db
    .select(columns)
    .from(points)
    .innerJoin(contracts, join)
    .where(and(visibleTo(tenantId, customerId), eq(points.id, pointId)))
    .limit(1);
  return row ?? null;
}
