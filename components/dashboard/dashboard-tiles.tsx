import type { Tenant } from "@/lib/tenant/schema";
import type { NextPayment } from "@/lib/dashboard/next-payment";
import type { PointGlance } from "@/lib/dashboard/consumption";
import type { TicketGlance } from "@/lib/dashboard/tickets";
import type { OnlineSummary } from "@/lib/payments/records";
import { moduleHref } from "@/lib/portal/modules";
import { dashboardTicketWords } from "@/lib/dashboard/labels";
import { BalanceTile } from "@/components/dashboard/balance-tile";
import { NextPaymentTile } from "@/components/dashboard/next-payment-tile";
import { ConsumptionTile } from "@/components/dashboard/consumption-tile";
import { TicketsTile } from "@/components/dashboard/tickets-tile";

export type DashboardData = {
  today: string;
  /** Grosze: positive due, negative overpaid. */
  balance: number;
  online: OnlineSummary;
  payment: NextPayment | null;
  points: PointGlance[];
  /** Null where the reader may not see tickets (a delegate without the full role, docs/accounts.md §17). */
  tickets: TicketGlance | null;
  /** Whether the pay buttons show (lib/payments/access.ts canPayOnline); the tenant decides when absent. */
  canPay?: boolean;
};

/**
 * Pulpit's heading and tiles, from data: the portal's page feeds it the customer's queries, the
 * console's theme preview demo values — so the preview is the page, not a copy of it.
 */
export function DashboardTiles({ tenant, data }: { tenant: Tenant; data: DashboardData }) {
  const invoicesHref = moduleHref(tenant, "invoices");
  const label = tenant.navigation.find((item) => item.module === "dashboard")?.label ?? "Pulpit";
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{label}</h1>
      <div className="mt-6 grid gap-4 sm:grid-cols-2">
        <BalanceTile tenant={tenant} balance={data.balance} online={data.online} today={data.today} detailsHref={invoicesHref} canPay={data.canPay} />
        <NextPaymentTile payment={data.payment} href={invoicesHref} />
        <ConsumptionTile points={data.points} pointsHref={moduleHref(tenant, "points")} />
        {data.tickets ? <TicketsTile glance={data.tickets} words={dashboardTicketWords(tenant)} href={moduleHref(tenant, "tickets")} /> : null}
      </div>
    </>
  );
}
