import type { DbOrTx } from "@/db/client";
import type { EmailTemplate } from "@/emails";
import { sendEmail } from "@/lib/email/send";
import { tenantUrl } from "@/lib/email/urls";
import type { Tenant } from "@/lib/tenant/schema";
import { isAlwaysOn, type NotificationEvent } from "@/lib/notifications/events";
import { wantsEmail } from "@/lib/notifications/preferences";
import { signUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

/** Where the links of a notification lead (docs/email.md §7). */
export const UNSUBSCRIBE_PAGE = "/powiadomienia/wypisz";
export const UNSUBSCRIBE_ONE_CLICK = "/api/powiadomienia/wypisz";
export const NOTIFICATION_SETTINGS = "/ustawienia/powiadomienia";

/** The footer links and the one-click URL of `event`'s messages to this customer. */
export function unsubscribeLinks(tenant: Tenant, customerId: string, event: NotificationEvent) {
  const query = `?t=${encodeURIComponent(signUnsubscribeToken({ tenantId: tenant.id, customerId, event }))}`;
  return {
    url: tenantUrl(tenant, UNSUBSCRIBE_PAGE + query),
    oneClickUrl: tenantUrl(tenant, UNSUBSCRIBE_ONE_CLICK + query),
    settingsUrl: tenantUrl(tenant, NOTIFICATION_SETTINGS),
  };
}

/**
 * A customer notification (docs/portal.md §13): sent only when the customer wants `event` by e-mail,
 * with the one-click unsubscribe link and headers unless the event is always on. Like sendEmail it
 * only writes an outbox row in the caller's transaction. Security and account e-mails never come
 * here: they are not the customer's to turn off. Returns whether a message was written.
 */
export async function sendNotification(
  db: DbOrTx,
  input: { tenant: Tenant; customerId: string; to: string; event: NotificationEvent; template: EmailTemplate },
): Promise<boolean> {
  const { tenant, customerId, event } = input;
  if (!(await wantsEmail({ db, tenantId: tenant.id, customerId }, event))) return false;
  await sendEmail(db, {
    tenant,
    to: input.to,
    template: input.template,
    unsubscribe: isAlwaysOn(event) ? undefined : unsubscribeLinks(tenant, customerId, event),
  });
  return true;
}
