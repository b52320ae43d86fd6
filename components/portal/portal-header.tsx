import type { Tenant } from "@/lib/tenant/schema";
import Link from "next/link";
import { headerNavigation, moduleRoles, moduleRoutes, navigation } from "@/lib/portal/modules";
import { roleAllowed, type CustomerRole } from "@/lib/auth/customer-scope";
import { PortalNav } from "@/components/portal/portal-nav";
import { SignOutButton } from "@/components/portal/sign-out-button";
import { ActingSwitcher, type SwitcherOption } from "@/components/portal/acting-switcher";

/** The header's switcher, when the account may act for other customers (docs/accounts.md §17). */
export type Acting = { options: SwitcherOption[]; current: string };

/**
 * The signed-in band under the site header (which carries the wordmark): who is signed in, "Wyloguj"
 * top right (documents 000/001 Rys. 14), and the tenant's modules in its order and wording.
 */
export function PortalHeader({
  tenant,
  customerName,
  login,
  role = "holder",
  acting,
}: {
  tenant: Tenant;
  customerName: string;
  login: string;
  role?: CustomerRole;
  acting?: Acting | null;
}) {
  // A delegate sees only the modules their role opens.
  const nav = navigation(tenant).filter((item) => roleAllowed(role, moduleRoles[item.module]));
  const items = nav.map(({ href, label }) => ({ href, label }));
  // Tenants without an "Ustawienia" tab (MPEC) still need the password change: link it here.
  const settingsLink = nav.some((item) => item.module === "settings") || !roleAllowed(role, moduleRoles.settings) ? null : moduleRoutes.settings;
  // Modules a tenant offers beside the menu (MPEC's "Moje dane"), before "Zmień hasło".
  const headerLinks = headerNavigation(tenant).filter((item) => roleAllowed(role, moduleRoles[item.module]));
  return (
    <div data-testid="portal-header">
      <div className="on-brand bg-brand text-brand-contrast">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-2.5 sm:px-6">
          <p className="min-w-0 text-sm leading-snug">
            <span className="opacity-90">{tenant.names.portalHeading} · </span>
            <span className="font-semibold break-words" data-testid="customer-name">
              {customerName}
            </span>
            <span className="sr-only"> (login: {login})</span>
          </p>
          <div className="flex shrink-0 flex-wrap items-center justify-end gap-x-4 gap-y-1">
            {headerLinks.map((link) => (
              <Link key={link.href} href={link.href} className="text-sm font-semibold underline underline-offset-2">
                {link.label}
              </Link>
            ))}
            {settingsLink ? (
              <Link href={settingsLink} className="text-sm font-semibold underline underline-offset-2">
                Zmień hasło
              </Link>
            ) : null}
            <div className="hidden md:block">
              <SignOutButton variant="header" />
            </div>
          </div>
        </div>
        {acting ? (
          <div className="mx-auto max-w-5xl border-t border-brand-contrast/30 px-4 py-2 sm:px-6">
            <ActingSwitcher options={acting.options} current={acting.current} />
          </div>
        ) : null}
      </div>
      <PortalNav items={items} />
    </div>
  );
}
