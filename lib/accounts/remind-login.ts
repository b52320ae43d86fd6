import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { accounts } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import type { FormState } from "@/lib/actions/form-state";
import { sendEmail } from "@/lib/email/send";
import { recoveryRules } from "@/lib/security/recovery-limits";
import { answerRecoveryRequest } from "@/lib/accounts/recovery-request";
import type { RequestMeta } from "@/lib/request/meta";

/**
 * "Nie pamiętasz nazwy użytkownika?" (docs/accounts.md §10): one e-mail to the typed address listing every login
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
  meta: RequestMeta,
  options: { minDurationMs?: number } = {},
): Promise<FormState> {
  const rules = { byAddress: recoveryRules.loginByAddress, bySubject: recoveryRules.loginByEmail };
  const request = {
    rules,
    subject: input.email,
    action: "login_reminder.requested",
    answer: loginReminderAnswer,
    minDurationMs: options.minDurationMs,
  } as const;
  return answerRecoveryRequest(db, tenant, meta, request, async () => {
    const logins = await loginsOfEmail(db, tenant.id, input.email);
    if (logins.length > 0) {
      await db.transaction((tx) => sendEmail(tx, { tenant, to: input.email, template: { name: "login-reminder", props: { logins } } }));
    }
    return { targetAccountId: null, details: { matched: logins.length } };
  });
}
