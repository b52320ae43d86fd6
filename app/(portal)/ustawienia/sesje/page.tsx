import type { Metadata } from "next";
import { requireCustomer } from "@/lib/auth/customer";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { ActiveSessions } from "@/components/settings/active-sessions";
import { listActiveSessions } from "@/lib/devices/active-sessions";
import { endedNotice } from "@/lib/devices/schemas";
import { endOtherSessionsAction, endSessionAction } from "./actions";

export const metadata: Metadata = { title: "Aktywne sesje" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Ustawienia → "Aktywne sesje" (docs/accounts.md §16): where the new-device e-mail sends the
 * customer. Lists the account's live sessions; the current one is "to urządzenie".
 */
export default async function ActiveSessionsPage({ searchParams }: Props) {
  const { scope, session } = await requireCustomer({ module: "settings" });
  const label = scope.tenant.navigation.find((item) => item.module === "settings")?.label ?? "Ustawienia";
  const [sessions, notice] = await Promise.all([listActiveSessions(scope, session.id), searchParams.then((p) => endedNotice(p.zakonczono))]);
  return (
    <div className="max-w-5xl">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{label}</h1>
      <SettingsTabs current="sessions" />
      <h2 className="mt-6 text-xl font-semibold">Aktywne sesje</h2>
      <p className="mt-2 text-ink-muted">
        Urządzenia, na których Twoje konto jest teraz zalogowane. Jeżeli nie rozpoznajesz którejś sesji, zakończ ją i zmień hasło.
      </p>
      <div role="status" className={notice ? "mt-4 rounded-md border border-success bg-white p-3 text-sm font-medium text-success" : "sr-only"}>
        {notice}
      </div>
      <ActiveSessions sessions={sessions} endSession={endSessionAction} endOthers={endOtherSessionsAction} />
    </div>
  );
}
