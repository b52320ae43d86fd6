import { audit } from "@/lib/audit";
import type { StaffTxScope } from "./scope";

/** Ids come from URLs and forms: anything but a UUID is "not found" and never reaches a uuid column. */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => uuidPattern.test(value);

/**
 * The audit row of a staff action (S20): who, what, on which tenant and target, from where; no
 * secrets. Inside a write, the scope carries the open transaction (`{ ...scope, db: tx }`).
 */
export function auditStaffAction(
  scope: StaffTxScope,
  action: string,
  target: { tenantId: string | null; kind: string; id: string | null; details?: Record<string, unknown> },
): Promise<void> {
  return audit(scope.db, {
    tenantId: target.tenantId,
    actorKind: "staff",
    actorId: scope.staff.id,
    action,
    targetKind: target.kind,
    targetId: target.id,
    ip: scope.request.ip,
    userAgent: scope.request.userAgent,
    details: target.details,
  });
}
