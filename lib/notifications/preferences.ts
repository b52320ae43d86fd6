import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { notificationPreferences } from "@/db/schema";
import type { CustomerScope } from "@/lib/auth/customer-scope";
import type { FormState } from "@/lib/actions/form-state";
import { auditCustomer } from "@/lib/audit";
import { now } from "@/lib/clock";
import { text } from "@/lib/accounts/schemas/fields";
import type { RequestMeta } from "@/lib/request/meta";
import { isAlwaysOn, notificationEvents, type NotificationEvent } from "@/lib/notifications/events";
import { offersModule } from "@/lib/portal/modules";
import type { Tenant } from "@/lib/tenant/schema";

/**
 * "Ustawienia → Powiadomienia" (docs/portal.md §13): per event, whether the customer gets an e-mail.
 * Only changed choices are stored; no row means "on". An always-on event (the regulation) is on
 * whatever a row says.
 */

export type NotificationChoices = Record<NotificationEvent, boolean>;
type CustomerKey = { db: DbOrTx; tenantId: string; customerId: string };

export const PREFERENCES_SAVED = "Ustawienia powiadomień zostały zapisane.";
export const PREFERENCES_UNCHANGED = "Nie wprowadzono żadnych zmian.";

export async function notificationChoices({ db, tenantId, customerId }: CustomerKey): Promise<NotificationChoices> {
  const rows = await db
    .select({ event: notificationPreferences.event, email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.tenantId, tenantId), eq(notificationPreferences.customerId, customerId)));
  const stored = new Map(rows.map((r) => [r.event, r.email]));
  return Object.fromEntries(notificationEvents.map(({ event }) => [event, isAlwaysOn(event) || (stored.get(event) ?? true)])) as NotificationChoices;
}

/** Whether this customer wants the e-mail of `event`: the one check every notification passes. */
export async function wantsEmail(key: CustomerKey, event: NotificationEvent): Promise<boolean> {
  return (await notificationChoices(key))[event];
}

/** Stores one choice (the form, the unsubscribe link). Always-on events are never stored. */
export async function setChoice({ db, tenantId, customerId }: CustomerKey, event: NotificationEvent, email: boolean): Promise<void> {
  if (isAlwaysOn(event)) return;
  await db
    .insert(notificationPreferences)
    .values({ tenantId, customerId, event, email, updatedAt: now() })
    .onConflictDoUpdate({
      target: [notificationPreferences.tenantId, notificationPreferences.customerId, notificationPreferences.event],
      set: { email, updatedAt: now() },
    });
}

/** The events the tenant's customers choose about: a module-bound row (readings) only where the module is offered. */
export function eventsFor(tenant: Tenant): NotificationEvent[] {
  return notificationEvents.filter((e) => !("modules" in e) || e.modules.some((m) => offersModule(tenant, m))).map((e) => e.event);
}

/** The form: one checkbox per event; an unticked checkbox is absent from the form data. */
export const preferencesSchema = () =>
  z.object(Object.fromEntries(notificationEvents.map(({ event }) => [event, text()])) as Record<NotificationEvent, ReturnType<typeof text>>);

export async function savePreferences(scope: CustomerScope, request: RequestMeta, input: Record<NotificationEvent, string>): Promise<FormState> {
  return scope.db.transaction(async (tx) => {
    const key = { db: tx, tenantId: scope.tenant.id, customerId: scope.customerId };
    const current = await notificationChoices(key);
    const changes = eventsFor(scope.tenant)
      .filter((event) => !isAlwaysOn(event))
      .map((event) => ({ event, email: input[event] === "on" }))
      .filter((c) => c.email !== current[c.event]);
    if (changes.length === 0) return { status: "success", message: PREFERENCES_UNCHANGED };
    for (const change of changes) await setChoice(key, change.event, change.email);
    await auditCustomer({ ...scope, db: tx }, request, {
      action: "notifications.changed",
      targetKind: "customer",
      targetId: scope.customerId,
      details: { changes },
    });
    return { status: "success", message: PREFERENCES_SAVED };
  });
}
