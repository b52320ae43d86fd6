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
  const details = event.details ? Object.fromEntries(Object.entries(event.details).filter(([k]) => !secretKeys.test(k))) : undefined;
  await db.insert(auditLog).values({ ...event, details, at: now() });
}
