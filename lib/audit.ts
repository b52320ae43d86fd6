import { auditLog, type AuditEntry } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { now } from "@/lib/clock";
import type { RequestMeta } from "@/lib/request/meta";

/**
 * Security events and staff actions (S20). Callers pass what happened and to whom; secrets
 * (passwords, one-time passwords, tokens, keys) never go into `details`.
 */
export type AuditEvent = Omit<AuditEntry, "id" | "at">;

const secretKeys = /pass|otp|token|secret|key|hash/i;

export async function audit(db: DbOrTx, event: AuditEvent): Promise<void> {
  await db.insert(auditLog).values(auditRow(event));
}

/** The row audit() writes, for callers that insert it within a statement of their own (the sign-in). */
export function auditRow(event: AuditEvent): typeof auditLog.$inferInsert {
  const details = event.details ? Object.fromEntries(Object.entries(event.details).filter(([k]) => !secretKeys.test(k))) : undefined;
  return { ...event, details, at: now() };
}

/**
 * Who a customer's audit row is about: the scope of the request (or, in a transaction, the scope with
 * `db: tx`). A delegate's scope also carries the customer acted for and the delegation.
 */
export type AuditedCustomer = { db: DbOrTx; tenant: { id: string }; accountId: string; customerId?: string; delegationId?: string | null };

/**
 * The customer's own action, as one audit row: the actor is the signed-in account of the scope's
 * tenant, ip and User-Agent come from the request (lib/request/meta.ts). The one way the customer
 * side writes its audit rows.
 */
export async function auditCustomer(scope: AuditedCustomer, request: RequestMeta, event: CustomerAuditEvent): Promise<void> {
  await audit(scope.db, customerAuditEvent(scope, request, event));
}

type CustomerAuditEvent = { action: string; targetKind: string; targetId: string | null; details?: AuditEntry["details"] };

/**
 * auditCustomer's row, for a caller that inserts it within a statement of its own (the sign-in: auditRow).
 * A delegate's action names both identities (docs/accounts.md §17): the actor is the delegate's
 * account, `details.onBehalfOf` the customer acted for and `details.delegationId` the delegation —
 * the holder's "Pełnomocnicy" page lists these rows.
 */
export function customerAuditEvent(scope: Omit<AuditedCustomer, "db">, request: RequestMeta, event: CustomerAuditEvent): AuditEvent {
  const delegate = scope.delegationId ? { onBehalfOf: scope.customerId, delegationId: scope.delegationId } : null;
  const details = delegate ? { ...(event.details ?? {}), ...delegate } : (event.details ?? null);
  return {
    tenantId: scope.tenant.id,
    actorKind: "customer",
    actorId: scope.accountId,
    action: event.action,
    targetKind: event.targetKind,
    targetId: event.targetId,
    ip: request.ip,
    userAgent: request.userAgent,
    details,
  };
}
