import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { findSignedIn } from "@/lib/auth/customer";
import { getTenant } from "@/lib/tenant/server";
import { withNext } from "@/lib/auth/next-path";
import { homeRoute } from "@/lib/portal/modules";
import { openInvitation } from "@/lib/delegates/delegations";
import { DELEGATE_ROLE_HINTS, DELEGATE_ROLE_LABELS } from "@/lib/delegates/labels";
import { ButtonForm } from "@/components/forms/button-form";
import { DelegateAccountForm } from "@/components/delegates/delegate-account-form";
import { acceptInvitationAction, createDelegateAccountAction } from "./action";

export const metadata: Metadata = { title: "Zaproszenie do pełnomocnictwa" };

/**
 * The invitation link (docs/accounts.md §17). Opening it changes nothing (docs/decisions/0003): it
 * shows who invites and with which role; a signed-in person accepts with a button — also a
 * delegate-only account with no live delegation left. Anyone else signs in first and comes back here,
 * or, with no account, creates one with the invited address as login and accepts in the same POST.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const tenant = await getTenant();
  const { token } = await params;
  const invitation = await openInvitation(await getDb(), tenant, token);
  if (!invitation) notFound();
  const signedIn = await findSignedIn();
  const here = `/pelnomocnictwo/${token}`;
  return (
    <article className="mx-auto w-full max-w-xl px-4 py-8 sm:px-6 sm:py-12">
      <p className="text-sm font-medium text-ink-muted">{tenant.names.portalHeading}</p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">Zaproszenie do pełnomocnictwa</h1>
      <div className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-7">
        <p>
          <strong>{invitation.customerName}</strong> zaprasza Cię do działania w swoim imieniu z uprawnieniem{" "}
          <strong>„{DELEGATE_ROLE_LABELS[invitation.role]}”</strong> ({DELEGATE_ROLE_HINTS[invitation.role]}).
        </p>
        {signedIn ? (
          <div className="mt-5">
            <p className="mb-4 text-ink-muted">Przyjmiesz je na konto {signedIn.account.login}. Potem przełączysz się między klientami w nagłówku strony.</p>
            <ButtonForm action={acceptInvitationAction} fields={{ token }} testId="accept-invitation" button="Przyjmij pełnomocnictwo" />
          </div>
        ) : (
          <div className="mt-5">
            <p className="mb-4 text-ink-muted">Masz już konto w serwisie? Zaloguj się na nie — wrócisz tu po zalogowaniu.</p>
            <Link
              href={withNext("/", here, homeRoute(tenant))}
              className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2.5 font-semibold text-brand-contrast no-underline"
            >
              Zaloguj się
            </Link>
            <div className="mt-6 border-t border-line pt-5">
              <DelegateAccountForm action={createDelegateAccountAction} token={token} email={invitation.email} hint={tenant.passwordPolicy.hint} />
            </div>
          </div>
        )}
      </div>
    </article>
  );
}
