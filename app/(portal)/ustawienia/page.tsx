import type { Metadata } from "next";
import { requireCustomer } from "@/lib/auth/customer";
import { ClientDataSection } from "@/components/settings/client-data-section";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Ustawienia" };

/**
 * Ustawienia (document 001, Rys. 13). It checks the session itself: the portal frame around it is
 * no guard (docs/style.md §2). Tenants without an "Ustawienia" tab (MPEC) reach it from the header.
 */
export default async function SettingsPage() {
  const { scope, account } = await requireCustomer({ module: "settings" });
  const { tenant } = scope;
  const label = tenant.navigation.find((item) => item.module === "settings")?.label ?? "Ustawienia";
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{label}</h1>
      <SettingsTabs current="account" role={scope.role} />
      <div className="mt-6">
        <ClientDataSection account={account} passwordHint={tenant.passwordPolicy.hint} changePassword={changePasswordAction} />
      </div>
    </div>
  );
}
