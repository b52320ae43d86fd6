import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { findCustomer, findSignedIn } from "@/lib/auth/customer";
import { homeRoute } from "@/lib/portal/modules";
import { SignOutButton } from "@/components/portal/sign-out-button";

export const metadata: Metadata = { title: "Brak dostępu do konta klienta" };

/**
 * Where requireCustomer sends a delegate-only account that may act for no customer now — every
 * delegation revoked or none accepted (docs/accounts.md §17). It shows no customer data, only what
 * happened and the way on: a new invitation's link works while signed in, and "Wyloguj".
 */
export default async function NoCustomerPage() {
  const signedIn = await findSignedIn();
  if (!signedIn) redirect("/");
  if (await findCustomer()) redirect(homeRoute(signedIn.tenant));
  const { tenant, account } = signedIn;
  return (
    <article className="mx-auto w-full max-w-xl px-4 py-8 sm:px-6 sm:py-12" data-testid="no-customer">
      <p className="text-sm font-medium text-ink-muted">{tenant.names.portalHeading}</p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">Brak dostępu do konta klienta</h1>
      <div className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-7">
        <p>
          Nie masz dostępu do konta żadnego klienta. Twoje konto <strong className="break-all">{account.login}</strong> służy do działania jako pełnomocnik, a
          żadne pełnomocnictwo nie jest już aktywne — zostało odwołane albo nie zostało jeszcze przyjęte.
        </p>
        <p className="mt-4 text-ink-muted">
          Jeśli klient zaprosi Cię ponownie, otwórz link z nowego zaproszenia — przyjmiesz je na to konto bez ponownej rejestracji. W sprawie pełnomocnictwa
          skontaktuj się z osobą, która Cię zaprosiła, albo z Biurem Obsługi Klienta: tel. {tenant.contacts.phone}.
        </p>
        <div className="mt-6">
          <SignOutButton variant="link" />
        </div>
      </div>
    </article>
  );
}
