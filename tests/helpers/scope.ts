import type { Db } from "@/db/client";
import type { CustomerScope } from "@/lib/auth/customer-scope";
import { requireTenantById } from "@/lib/tenant/registry";

/**
 * The CustomerScope requireCustomer would hand a page of this customer (lib/auth/customer.ts), for
 * tests that call lib/ directly. `accountId` matters only where the function writes or checks it.
 */
export function customerScope(db: Db, tenantId: string, customerId: string, accountId = "00000000-0000-4000-8000-000000000000"): CustomerScope {
  return { db, tenant: requireTenantById(tenantId), customerId, accountId, role: "holder", delegationId: null };
}
