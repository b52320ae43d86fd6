import type { Metadata } from "next";
import { requireCustomer } from "@/lib/auth/customer";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { DelegateInviteForm } from "@/components/settings/delegate-invite-form";
import { DelegateActionsList, DelegatesList } from "@/components/settings/delegates-section";
import { delegateActions, delegatesOf } from "@/lib/delegates/delegations";
import { DELEGATE_ROLE_HINTS, DELEGATE_ROLE_LABELS } from "@/lib/delegates/labels";
import { INVITE_LABELS } from "@/lib/delegates/invite-schema";
import { delegateRole } from "@/db/schema";
import { inviteDelegateAction, revokeDelegateAction } from "./actions";

export const metadata: Metadata = { title: "Pełnomocnicy" };

const roles = delegateRole.enumValues.map((value) => ({ value, label: `${DELEGATE_ROLE_LABELS[value]} — ${DELEGATE_ROLE_HINTS[value]}` }));
const card = "rounded-lg border border-line bg-white p-5 shadow-xs sm:p-8";

/**
 * Ustawienia → Pełnomocnicy (docs/accounts.md §17): the holder's only (requireCustomer's default
 * role). Invite a person, see and revoke the delegates, and read what they did.
 */
export default async function DelegatesPage() {
  const { scope } = await requireCustomer({ module: "settings" });
  const [delegates, actions] = await Promise.all([delegatesOf(scope.db, scope.tenant.id, scope.customerId), delegateActions(scope)]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Pełnomocnicy</h1>
      <SettingsTabs current="delegates" role={scope.role} />
      <p className="mt-6 text-ink-muted">
        Pełnomocnik loguje się na własne konto i działa w Twoim imieniu w zakresie, który mu nadasz. Nigdy nie zmieni Twojego hasła, zgód ani listy
        pełnomocników. Pełnomocnictwo możesz odwołać w każdej chwili — działa natychmiast.
      </p>
      <section className={`mt-6 ${card}`}>
        <DelegateInviteForm action={inviteDelegateAction} roles={roles} labels={INVITE_LABELS} />
      </section>
      <section className={`mt-6 ${card}`} aria-labelledby="delegates-title">
        <h2 id="delegates-title" className="mb-2 text-xl font-semibold text-ink">
          Twoi pełnomocnicy
        </h2>
        <DelegatesList delegates={delegates} revoke={revokeDelegateAction} empty="Nie masz jeszcze pełnomocników." />
      </section>
      <section className={`mt-6 ${card}`} aria-labelledby="delegate-actions-title">
        <h2 id="delegate-actions-title" className="mb-2 text-xl font-semibold text-ink">
          Ostatnie działania pełnomocników
        </h2>
        <DelegateActionsList actions={actions} />
      </section>
    </div>
  );
}
