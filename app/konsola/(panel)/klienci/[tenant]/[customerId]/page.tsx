import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { now } from "@/lib/clock";
import { AccountsSection } from "@/components/console/customers/accounts-section";
import { BalanceSection, ContractsSection, CustomerData, SignInsSection } from "@/components/console/customers/customer-sections";
import { auditCustomerView } from "@/lib/staff/customer-actions";
import { customerDetail } from "@/lib/staff/customer-detail";
import { tenantInScope } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";
import { Section } from "@/components/console/customers/customer-sections";
import { DelegatesList } from "@/components/settings/delegates-section";
import { resendActivationAction, resetSecondFactorAction, revokeDelegateAction, unblockRegistrationAction, unlockAccountAction } from "../../actions";

export const metadata: Metadata = { title: "Klient" };

type Props = { params: Promise<{ tenant: string; customerId: string }> };

export default async function ConsoleCustomerPage({ params }: Props) {
  const scope = await requireStaff();
  // Next hands the segment over decoded (like the portal's invoice ids with "/").
  const { tenant: tenantParam, customerId } = await params;
  const tenant = tenantInScope(scope, tenantParam);
  const at = now();
  const detail = await customerDetail(scope, tenant.id, customerId, at);
  if (!detail) notFound();
  await auditCustomerView(scope, tenant.id, customerId);

  const logins = new Map(detail.accounts.map((a) => [a.id, a.login]));
  return (
    <>
      <p className="text-sm">
        <Link href="/konsola/klienci" className="underline underline-offset-2">
          ← Wyszukiwanie klientów
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight wrap-anywhere">{detail.customer.name}</h1>
      <p className="mt-1 text-sm text-ink-muted" data-testid="customer-tenant">
        {tenant.names.product} · {tenant.names.legal}
        {detail.customer.customerNumber ? ` · numer klienta ${detail.customer.customerNumber}` : ""}
      </p>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <CustomerData customer={detail.customer} />
        <div className="grid min-w-0 content-start gap-6">
          <AccountsSection
            tenantId={tenant.id}
            customerId={customerId}
            accounts={detail.accounts}
            activationLink={tenant.registration.flow === "contract"}
            registrationBlockedUntil={detail.registrationBlockedUntil}
            actions={{
              unlock: unlockAccountAction,
              resendActivation: resendActivationAction,
              unblockRegistration: unblockRegistrationAction,
              resetSecondFactor: resetSecondFactorAction,
            }}
          />
          <BalanceSection grosze={detail.balance} asOf={at} />
        </div>
      </div>
      <div className="mt-6 grid gap-6">
        <SignInsSection events={detail.signIns} loginOf={(id) => (id && logins.get(id)) ?? "—"} />
        <ContractsSection contracts={detail.contracts} />
        <Section id="pelnomocnicy" title="Pełnomocnicy">
          <DelegatesList
            delegates={detail.delegates}
            revoke={revokeDelegateAction}
            fields={{ tenantId: tenant.id, customerId }}
            empty="Klient nie ma pełnomocników."
          />
        </Section>
      </div>
    </>
  );
}
