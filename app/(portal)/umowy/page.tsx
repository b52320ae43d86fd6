import type { Metadata } from "next";
import { requireCustomer } from "@/lib/auth/customer";
import Link from "next/link";
import { landsWithBalance, moduleHref } from "@/lib/portal/modules";
import { now } from "@/lib/clock";
import { formatDate, warsawDate } from "@/lib/format";
import { balanceGlance } from "@/lib/dashboard/glance";
import { BalanceTile } from "@/components/dashboard/balance-tile";
import { contractStatusLabels, customerContracts } from "@/lib/contracts/queries";
import { BankAccountTile } from "@/components/payments/bank-account-tile";
import { canPayOnline } from "@/lib/payments/access";
import { ROLES } from "@/lib/auth/customer-scope";

export const metadata: Metadata = { title: "Umowy" };

const dateOrDash = (value: string | null) => (value ? formatDate(value) : "—");

/** Umowy (MPEC: "Umowa", its landing page, with "Aktualne saldo" on top): every contract of the customer except drafts, with its payer and points. */
export default async function ContractsPage() {
  const { scope } = await requireCustomer({ module: "contracts", roles: ROLES.view });
  const { tenant } = scope;
  const at = now();
  const today = warsawDate(at);
  const withBalance = landsWithBalance(tenant, "contracts");
  const [rows, glance] = await Promise.all([customerContracts(scope), withBalance ? balanceGlance(scope, today, at) : null]);
  const label = tenant.navigation.find((item) => item.module === "contracts")?.label ?? "Umowy";
  const pointsLabel = tenant.navigation.find((item) => item.module === "points")?.label ?? "Punkty poboru";
  const pointsHref = moduleHref(tenant, "points");
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{label}</h1>
      {glance ? (
        <div className="mt-6 sm:max-w-md">
          <BalanceTile
            tenant={tenant}
            balance={glance.balance}
            online={glance.online}
            today={today}
            detailsHref={moduleHref(tenant, "invoices") ?? moduleHref(tenant, "payments")}
            canPay={canPayOnline(scope)}
          />
        </div>
      ) : null}
      {glance ? <BankAccountTile tenant={tenant} bankAccount={glance.bankAccount} /> : null}
      {rows.length === 0 ? (
        <p className="mt-6 rounded-lg border border-line bg-white p-5">Nie masz jeszcze umów widocznych w serwisie.</p>
      ) : (
        <ul className="mt-6 grid gap-4" data-testid="contracts">
          {rows.map((contract) => (
            <li key={contract.id} className="rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6">
              <h2 className="text-lg font-semibold break-words">Umowa nr {contract.number}</h2>
              <dl className="mt-3 grid grid-cols-[max-content_1fr] items-baseline gap-x-4 gap-y-2 sm:gap-x-6">
                <dt className="text-sm text-ink-muted">Status</dt>
                <dd className="font-medium" data-testid="contract-status">
                  {contractStatusLabels[contract.status]}
                </dd>
                <dt className="text-sm text-ink-muted">Produkt</dt>
                <dd>{contract.product ?? "—"}</dd>
                <dt className="text-sm text-ink-muted">Data podpisania</dt>
                <dd>{dateOrDash(contract.signedAt)}</dd>
                <dt className="text-sm text-ink-muted">Obowiązuje od</dt>
                <dd>{dateOrDash(contract.startDate)}</dd>
                <dt className="text-sm text-ink-muted">Obowiązuje do</dt>
                <dd>{contract.endDate ? formatDate(contract.endDate) : contract.status === "terminated" ? "—" : "czas nieokreślony"}</dd>
                <dt className="text-sm text-ink-muted">Płatnik</dt>
                <dd className="break-words" data-testid="contract-payer">
                  {contract.payerName}
                </dd>
                <dt className="text-sm text-ink-muted">{pointsLabel}</dt>
                <dd>
                  {contract.points.length === 0 ? (
                    "—"
                  ) : (
                    <ul className="grid gap-1" data-testid="contract-points">
                      {contract.points.map((point) => (
                        <li key={point.id} className="break-words">
                          {pointsHref ? <Link href={`${pointsHref}/${encodeURIComponent(point.id)}`}>{point.code}</Link> : point.code}
                          <span className="text-sm text-ink-muted">
                            {" "}
                            — {point.address.street} {point.address.building}
                            {point.address.apartment ? `/${point.address.apartment}` : ""}, {point.address.postalCode} {point.address.city}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
