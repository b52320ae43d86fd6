import type { ReactNode } from "react";
import { requireCustomer } from "@/lib/auth/customer";
import { IDLE_MINUTES } from "@/lib/auth/sessions";
import { PortalHeader } from "@/components/portal/portal-header";
import { IdleWarning } from "@/components/portal/idle-warning";
import { ROLES } from "@/lib/auth/customer-scope";
import { actingOptions } from "@/lib/delegates/delegations";
import { DELEGATE_ROLE_LABELS } from "@/lib/delegates/labels";

/**
 * The signed-in frame. It checks the session for comfort only: every page and action under it calls
 * requireCustomer itself, because a layout is not re-run on every navigation (docs/style.md §2).
 */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const { scope, account, customerName, actsForOthers } = await requireCustomer({ roles: ROLES.view });
  const { tenant } = scope;
  // Most accounts act for nobody else: the session lookup said so, and no query is spent on the switcher.
  const options = actsForOthers ? await actingOptions(scope.db, tenant.id, account) : [];
  const acting = options.length
    ? {
        current: scope.delegationId ?? "",
        options: options.map((o) => ({
          value: o.delegationId ?? "",
          label: o.role ? `${o.customerName} (${DELEGATE_ROLE_LABELS[o.role]})` : `${o.customerName} (moje konto)`,
        })),
      }
    : null;
  return (
    <>
      <PortalHeader tenant={tenant} customerName={customerName ?? account.login} login={account.login} role={scope.role} acting={acting} />
      <div className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">{children}</div>
      <IdleWarning idleSeconds={IDLE_MINUTES * 60} warnSeconds={60} />
    </>
  );
}
