import Link from "next/link";
import type { Tenant } from "@/lib/tenant/schema";
import type { PreviewDashboard } from "@/lib/staff/preview-models";
import { moduleHref } from "@/lib/portal/modules";
import { dashboardTicketWords } from "@/lib/dashboard/labels";
import { offeredGateway } from "@/lib/payments/access";
import { PortalHeader } from "@/components/portal/portal-header";
import { BalanceSummary } from "@/components/billing/balance-summary";
import { OnlineNote } from "@/components/payments/online-note";
import { NextPaymentTile } from "@/components/dashboard/next-payment-tile";
import { ConsumptionTile } from "@/components/dashboard/consumption-tile";
import { TicketsTile } from "@/components/dashboard/tickets-tile";

/**
 * The portal's Pulpit (app/(portal)/pulpit) put together from the same tiles, fed with demo
 * values instead of the signed-in customer's queries. Keep it in step with that page.
 */
export function PreviewDashboardScreen({ tenant, dashboard }: { tenant: Tenant; dashboard: PreviewDashboard }) {
  const invoicesHref = moduleHref(tenant, "invoices");
  const label = tenant.navigation.find((item) => item.module === "dashboard")?.label ?? "Pulpit";
  return (
    <>
      <PortalHeader tenant={tenant} customerName={dashboard.customerName} login={dashboard.login} />
      <div className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{label}</h1>
        <div className="mt-6 grid gap-4 sm:grid-cols-2">
          <BalanceSummary grosze={dashboard.balance} asOf={dashboard.today} testId="balance-tile">
            <OnlineNote summary={{ processing: 0, pending: 0 }} due={dashboard.balance} canPay={offeredGateway(tenant) !== null} />
            {invoicesHref ? (
              <Link
                href={invoicesHref}
                className="mt-5 inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-brand-contrast no-underline hover:opacity-90"
              >
                Szczegóły
              </Link>
            ) : null}
          </BalanceSummary>
          <NextPaymentTile payment={dashboard.payment} href={invoicesHref} />
          <ConsumptionTile points={dashboard.points} pointsHref={moduleHref(tenant, "points")} />
          <TicketsTile glance={dashboard.tickets} words={dashboardTicketWords(tenant)} href={moduleHref(tenant, "tickets")} />
        </div>
      </div>
    </>
  );
}
