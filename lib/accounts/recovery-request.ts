import type { Db } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import type { FormState } from "@/lib/actions/form-state";
import { audit } from "@/lib/audit";
import type { RateRule } from "@/lib/security/rate-limit";
import { RECOVERY_MIN_DURATION_MS, withMinDuration } from "@/lib/security/min-duration";
import { THROTTLED_MESSAGE, underRecoveryLimits } from "@/lib/security/recovery-limits";
import type { RequestMeta } from "@/lib/request/meta";

/**
 * The frame both recovery forms share ("Nie pamiętasz hasła?", "Nie pamiętasz nazwy użytkownika?"):
 * counted against the address and the typed subject (S07), the work done, an anonymous audit row,
 * and one answer for every input after the same minimum time (S06).
 */
export async function answerRecoveryRequest(
  db: Db,
  tenant: Tenant,
  meta: RequestMeta,
  request: {
    rules: { byAddress: RateRule; bySubject: RateRule };
    subject: string;
    action: "recovery.requested" | "login_reminder.requested";
    answer: FormState;
    minDurationMs?: number;
  },
  work: () => Promise<{ targetAccountId: string | null; details: Record<string, unknown> }>,
): Promise<FormState> {
  return withMinDuration(request.minDurationMs ?? RECOVERY_MIN_DURATION_MS, async () => {
    if (!(await underRecoveryLimits(db, request.rules, { tenantId: tenant.id, ip: meta.ip, subject: request.subject }))) {
      return { status: "error", formError: THROTTLED_MESSAGE };
    }
    const done = await work();
    await audit(db, {
      tenantId: tenant.id,
      actorKind: "anonymous",
      actorId: null,
      action: request.action,
      targetKind: done.targetAccountId ? "account" : null,
      targetId: done.targetAccountId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      details: done.details,
    });
    return request.answer;
  });
}
