import { auditLog, type AuditEntry } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { now } from "@/lib/clock";

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
