import { notFound } from "next/navigation";
import type { Db, DbOrTx } from "@/db/client";
import type { RequestMeta } from "@/lib/request/meta";
import { tenantById } from "@/lib/tenant/registry";
import type { Tenant } from "@/lib/tenant/schema";
import type { StaffRole } from "./session-store";

/** The signed-in staff member: who, which role, which tenants, and the session the request came with. */
export type StaffMember = { id: string; email: string; role: StaffRole; tenants: string[]; sessionId: string };

/**
 * What every console domain function gets first: the database, the person acting and the request
 * they sent. `requireStaff()` (lib/staff/session.ts) makes it for pages and routes, `staffAction`
 * (lib/staff/action.ts) for form actions; tests build it from plain data, without Next.
 */
export type StaffScope = { db: Db; staff: StaffMember; request: RequestMeta };

/** The same scope with an open transaction in place of the database (the steps inside one write). */
export type StaffTxScope = Omit<StaffScope, "db"> & { db: DbOrTx };

/** Only the tenants matter to the checks below (docs/console.md §2: nobody sees a tenant outside their scope). */
type Scoped = { staff: { tenants: string[] } };

export const inScope = (scope: Scoped, tenantId: string) => scope.staff.tenants.includes(tenantId);

/** The tenants in scope that this build knows, in the staff member's order. */
export function scopeTenants(scope: Scoped): Tenant[] {
  return scope.staff.tenants.map((id) => tenantById(id)).filter((t): t is Tenant => !!t);
}

/** A tenant id from a URL or form: 404 unless it is a known tenant in the staff member's scope. */
export function tenantInScope(scope: Scoped, tenantId: string | null | undefined): Tenant {
  const tenant = tenantId ? tenantById(tenantId) : undefined;
  if (!tenant || !inScope(scope, tenant.id)) notFound();
  return tenant;
}

/**
 * Regulations, staff and import keys are admins' work. The pages and actions already ask for the
 * role (requireStaff({ role: "admin" })); the domain functions check again, so a staff member
 * reaching one by any other path finds nothing.
 */
export const isAdmin = (scope: { staff: { role: StaffRole } }) => scope.staff.role === "admin";
