import type { DbOrTx } from "@/db/client";
import { audit } from "@/lib/audit";
import type { StaffRequest, StaffRole } from "./session-store";

/**
 * What the console's domain functions need to know about the person acting: who, which role, which
 * tenants (plain data, so the functions run in integration tests without Next), and where from.
 */
export type StaffScope = { id: string; role: StaffRole; tenants: string[] };
export type StaffActor = { staff: StaffScope; request: StaffRequest };

/**
 * Regulations, staff and import keys are admins' work. The pages and actions already ask for the
 * role (requireStaff({ role: "admin" })); the domain functions check again, so a staff member
 * reaching one by any other path finds nothing.
 */
export const isAdmin = (staff: StaffScope) => staff.role === "admin";

/** Ids come from URLs and forms: anything but a UUID is "not found" and never reaches a uuid column. */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => uuidPattern.test(value);

/** The audit row of a staff action (S20): who, what, on which tenant and target, from where; no secrets. */
export function auditStaffAction(
  db: DbOrTx,
  actor: { staff: Pick<StaffScope, "id">; request: StaffRequest },
  action: string,
  target: { tenantId: string | null; kind: string; id: string | null; details?: Record<string, unknown> },
): Promise<void> {
  return audit(db, {
    tenantId: target.tenantId,
    actorKind: "staff",
    actorId: actor.staff.id,
    action,
    targetKind: target.kind,
    targetId: target.id,
    ip: actor.request.ip,
    userAgent: actor.request.userAgent,
    details: target.details,
  });
}
