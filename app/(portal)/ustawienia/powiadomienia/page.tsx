import type { Metadata } from "next";
import { requireCustomer } from "@/lib/auth/customer";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { NotificationsForm } from "@/components/settings/notifications-form";
import { eventsFor, notificationChoices } from "@/lib/notifications/preferences";
import { savePreferencesAction } from "./actions";

export const metadata: Metadata = { title: "Powiadomienia" };

/** Ustawienia → Powiadomienia (docs/portal.md §13): which events the customer is told about by e-mail. */
export default async function NotificationsPage() {
  const { scope, account } = await requireCustomer({ module: "settings" });
  const { tenant } = scope;
  const label = tenant.navigation.find((item) => item.module === "settings")?.label ?? "Ustawienia";
  const current = await notificationChoices({ db: scope.db, tenantId: tenant.id, customerId: scope.customerId });
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{label}</h1>
      <SettingsTabs current="notifications" />
      <section aria-labelledby="notifications-title" className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-8">
        <h2 id="notifications-title" className="text-xl font-semibold text-ink">
          Powiadomienia
        </h2>
        <p className="mt-2 mb-5 text-ink">
          Wiadomości wysyłamy na adres <strong className="break-all">{account.email}</strong>. Nie wysyłamy ich między 21:00 a 8:00 — czekają do rana.
        </p>
        <NotificationsForm action={savePreferencesAction} events={eventsFor(tenant)} current={current} />
      </section>
    </div>
  );
}
