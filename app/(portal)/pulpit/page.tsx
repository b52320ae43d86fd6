import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireCustomer } from "@/lib/auth/customer";
import { now } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import { balanceOf } from "@/lib/billing/balance";
import { BalanceSummary } from "@/components/billing/balance-summary";
import { nextPayment } from "@/lib/dashboard/next-payment";
import { consumptionAtGlance } from "@/lib/dashboard/consumption";
import { ticketsAtGlance } from "@/lib/dashboard/tickets";
import { moduleHref } from "@/lib/portal/modules";
import { dashboardTicketWords } from "@/lib/dashboard/labels";
import { NextPaymentTile } from "@/components/dashboard/next-payment-tile";
import { ConsumptionTile } from "@/components/dashboard/consumption-tile";
import { TicketsTile } from "@/components/dashboard/tickets-tile";
import { onlineSummary } from "@/lib/payments/records";
import { offeredGateway } from "@/lib/payments/access";
import { OnlineNote } from "@/components/payments/online-note";

export const metadata: Metadata = { title: "Pulpit" };

/** Pulpit (SPEC §4): the balance, the next payment, consumption at a glance and open tickets. */
export default async function DashboardPage() {
  const { tenant, account } = await requireCustomer();
  const db = await getDb();
  const at = now();
  const today = warsawDate(at);
  const [grosze, online, payment, points, tickets] = await Promise.all([
    balanceOf(db, tenant.id, account.customerId, today),
    onlineSummary(db, tenant.id, account.customerId, at),
    nextPayment(db, tenant.id, account.customerId, today),
    consumptionAtGlance(db, tenant.id, account.customerId, at),
    ticketsAtGlance(db, tenant.id, account.customerId),
  ]);
  const invoicesHref = moduleHref(tenant, "invoices");
  const label = tenant.navigation.find((item) => item.module === "dashboard")?.label ?? "Pulpit";
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{label}</h1>
      <div className="mt-6 grid gap-4 sm:grid-cols-2">
        <BalanceSummary grosze={grosze} asOf={today} testId="balance-tile">
          <OnlineNote summary={online} due={grosze} canPay={offeredGateway(tenant) !== null} />
          {invoicesHref ? (
            <Link
              href={invoicesHref}
              className="mt-5 inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-brand-contrast no-underline hover:opacity-90"
            >
              Szczegóły
            </Link>
          ) : null}
        </BalanceSummary>
        <NextPaymentTile payment={payment} href={invoicesHref} />
        <ConsumptionTile points={points} pointsHref={moduleHref(tenant, "points")} />
        <TicketsTile glance={tickets} words={dashboardTicketWords(tenant)} href={moduleHref(tenant, "tickets")} />
      </div>
    </>
  );
}
