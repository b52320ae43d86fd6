import type { Metadata } from "next";
import { requireCustomer } from "@/lib/auth/customer";
import { securityView } from "@/lib/accounts/second-factor";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { SecondFactorSection } from "@/components/settings/second-factor-section";
import { confirmEmailAction, confirmTotpAction, disableAction, sendDisableCodeAction, startEmailAction, startTotpAction } from "./actions";

export const metadata: Metadata = { title: "Bezpieczeństwo" };

/** Ustawienia → Bezpieczeństwo: two-step sign-in (docs/accounts.md §15). Checks the session itself (docs/style.md §2). */
export default async function SecuritySettingsPage() {
  const { scope, account } = await requireCustomer({ module: "settings" });
  const label = scope.tenant.navigation.find((item) => item.module === "settings")?.label ?? "Ustawienia";
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{label}</h1>
      <SettingsTabs current="security" />
      <div className="mt-6">
        <SecondFactorSection
          view={await securityView(scope, account)}
          email={account.email}
          actions={{
            startTotp: startTotpAction,
            startEmail: startEmailAction,
            confirmTotp: confirmTotpAction,
            confirmEmail: confirmEmailAction,
            sendDisableCode: sendDisableCodeAction,
            disable: disableAction,
          }}
        />
      </div>
    </div>
  );
}
