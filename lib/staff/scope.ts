import { notFound } from "next/navigation";
import { tenantById } from "@/lib/tenant/registry";
import type { Tenant } from "@/lib/tenant/schema";

/**
 * Which tenants a staff member may see (SECURITY: nobody sees a tenant outside their scope). Pages
 * put `scopeTenants(staff)` into their WHERE clauses and answer 404 for anything outside it.
 */
type Scoped = { tenants: string[] };

export const inScope = (staff: Scoped, tenantId: string) => staff.tenants.includes(tenantId);

/** The tenants in scope that this build knows, in the staff member's order. */
export function scopeTenants(staff: Scoped): Tenant[] {
  return staff.tenants.map((id) => tenantById(id)).filter((t): t is Tenant => !!t);
}

/** A tenant id from a URL or form: 404 unless it is a known tenant in the staff member's scope. */
export function tenantInScope(staff: Scoped, tenantId: string | null | undefined): Tenant {
  const tenant = tenantId ? tenantById(tenantId) : undefined;
  if (!tenant || !inScope(staff, tenant.id)) notFound();
  return tenant;
}
