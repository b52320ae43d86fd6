import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireCustomer } from "@/lib/auth/customer";
import { regulationToAccept } from "@/lib/regulations/acceptance";
import { homeRoute } from "@/lib/portal/modules";
import { NEXT_PARAM, safeNextPath } from "@/lib/auth/next-path";
import { formatDate } from "@/lib/format";
import { MarkdownContent } from "@/components/markdown";
import { RegulationAcceptForm } from "@/components/auth/regulation-accept-form";
import { acceptRegulationAction } from "./action";
import { SignOutButton } from "@/components/portal/sign-out-button";
import { ROLES } from "@/lib/auth/customer-scope";

export const metadata: Metadata = { title: "Akceptacja regulaminu" };

/**
 * The regulation gate (docs/accounts.md §12): a newer published regulation must be accepted before any other
 * portal page; requireCustomer sends the customer here until it is.
 */
export default async function RegulationGatePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { scope } = await requireCustomer({ allow: "regulation", roles: ROLES.view });
  const { tenant } = scope;
  // The page asked for before the gate (lib/auth/next-path.ts): where the acceptance leads.
  const next = safeNextPath((await searchParams)[NEXT_PARAM]);
  const pending = await regulationToAccept(scope.db, tenant, scope.accountId);
  if (!pending) redirect(next ?? homeRoute(tenant));
  return (
    <article className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <p className="text-sm font-medium text-ink-muted">{tenant.names.portalHeading}</p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight text-balance sm:text-3xl">{pending.title}</h1>
      <p className="mt-3 text-ink-muted" data-testid="regulation-meta">
        Wersja {pending.version}, obowiązuje od {formatDate(pending.effectiveDate)}
      </p>
      <p role="status" className="mt-5 rounded-md border border-line bg-white p-3 font-medium">
        Regulamin serwisu został zaktualizowany. Zapoznaj się z nim i zaakceptuj go, aby dalej korzystać z serwisu.
      </p>
      <div
        className="mt-6 max-h-[60vh] overflow-y-auto rounded-lg border border-line bg-white px-5 py-6 shadow-xs sm:px-8"
        tabIndex={0}
        aria-label="Treść regulaminu"
        role="region"
      >
        <MarkdownContent markdown={pending.markdown} />
      </div>
      <div className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-7">
        <RegulationAcceptForm action={acceptRegulationAction} versionId={pending.id} next={next} />
      </div>
      <div className="mt-6 flex justify-end">
        <SignOutButton variant="link" />
      </div>
    </article>
  );
}
