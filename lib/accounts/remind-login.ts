import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { accounts } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import type { FormState } from "@/lib/actions/form-state";
import { audit } from "@/lib/audit";
import { sendEmail } from "@/lib/email/send";
import type { RequestContext } from "@/lib/accounts/recover-password";
import { RECOVERY_MIN_DURATION_MS, withMinDuration } from "@/lib/security/min-duration";
import { recoveryRules, THROTTLED_MESSAGE, underRecoveryLimits } from "@/lib/security/recovery-limits";

/**
 * "Nie pamiętasz nazwy użytkownika?" (SPEC §3): one e-mail to the typed address listing every login
 * of this tenant registered with it (active and still pending), none when there are none. The page
 * answers the same, after the same minimum time, either way (S06).
 */
export const LOGIN_REMINDER_MESSAGE = "Wysłano wiadomość e-mail, zawierającą login użytkownika o podanym w formularzu adresie e-mail.";

export const loginReminderAnswer: FormState = { status: "success", message: LOGIN_REMINDER_MESSAGE };

export async function loginsOfEmail(db: Db, tenantId: string, email: string): Promise<string[]> {
  const rows = await db
    .select({ login: accounts.login })
    .from(accounts)
    .where(
      and(
        eq(accounts.tenantId, tenantId),
        sql`lower(${accounts.email}) = ${email.trim().toLowerCase()}`,
        inArray(accounts.status, ["active", "pending_activation"]),
      ),
    )
    .orderBy(asc(accounts.createdAt));
  return rows.map((r) => r.login);
}

export async function remindLogin(
  db: Db,
  tenant: Tenant,
  input: { email: string },
  ctx: RequestContext,
  options: { minDurationMs?: number } = {},
): Promise<FormState> {
  return withMinDuration(options.minDurationMs ?? RECOVERY_MIN_DURATION_MS, async () => {
    const rules = { byAddress: recoveryRules.loginByAddress, bySubject: recoveryRules.loginByEmail };
    if (!(await underRecoveryLimits(db, rules, { tenantId: tenant.id, ip: ctx.ip, subject: input.email }))) {
      return { status: "error", formError: THROTTLED_MESSAGE };
    }
    const logins = await loginsOfEmail(db, tenant.id, input.email);
    if (logins.length > 0) {
      await db.transaction((tx) => sendEmail(tx, { tenant, to: input.email, template: { name: "login-reminder", props: { logins } } }));
    }
    await audit(db, {
      tenantId: tenant.id,
      actorKind: "anonymous",
      actorId: null,
      action: "login_reminder.requested",
      targetKind: null,
      targetId: null,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { matched: logins.length },
    });
    return loginReminderAnswer;
  });
}
