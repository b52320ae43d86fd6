import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireCustomer } from "@/lib/auth/customer";
import { homeRoute } from "@/lib/portal/modules";
import { NEXT_PARAM, safeNextPath } from "@/lib/auth/next-path";
import { polishNbsp } from "@/components/typography";
import { ForcedChangeForm } from "@/components/auth/forced-change-form";
import { forcedChangeAction } from "./action";
import { SignOutButton } from "@/components/portal/sign-out-button";
import { ROLES } from "@/lib/auth/customer-scope";

export const metadata: Metadata = { title: "Wymagana zmiana hasła" };

/**
 * "Wymagana zmiana hasła" (documents 000/001 Rys. 7): after signing in with a one-time password,
 * before any other page.
 */
export default async function ForcedChangePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { scope, account } = await requireCustomer({ allow: "password-change", roles: ROLES.view });
  const { tenant } = scope;
  // The page asked for before signing in (lib/auth/next-path.ts): where the change leads.
  const next = safeNextPath((await searchParams)[NEXT_PARAM]);
  if (!account.mustChangePassword) redirect(next ?? homeRoute(tenant));
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-8 sm:px-6 sm:py-12">
      <p className="text-sm font-medium text-ink-muted">{tenant.names.portalHeading}</p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">Wymagana zmiana hasła</h1>
      <p className="mt-3 leading-relaxed text-ink-muted">
        {polishNbsp("Wpisz hasło jednorazowe z wiadomości e-mail i ustaw nowe hasło. Dopiero potem możesz korzystać z serwisu.")}
      </p>
      <div className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-7">
        <ForcedChangeForm action={forcedChangeAction} hint={tenant.passwordPolicy.hint} next={next} />
      </div>
      <div className="mt-6 flex justify-end">
        <SignOutButton variant="link" />
      </div>
    </div>
  );
}
