import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireCustomer } from "@/lib/auth/customer";
import { availableModules, moduleRoutes } from "@/lib/portal/modules";
import { now } from "@/lib/clock";
import { formatAmount, formatDate, warsawDate } from "@/lib/format";
import { balanceOf, describeBalance } from "@/lib/billing/balance";
import { nextPayment } from "@/lib/dashboard/next-payment";
import { consumptionAtGlance } from "@/lib/dashboard/consumption";
import { ticketsAtGlance } from "@/lib/dashboard/tickets";
import { moduleHref } from "@/lib/dashboard/links";
import { dashboardTicketWords } from "@/lib/dashboard/labels";
import { NextPaymentTile } from "@/components/dashboard/next-payment-tile";
import { ConsumptionTile } from "@/components/dashboard/consumption-tile";
import { TicketsTile } from "@/components/dashboard/tickets-tile";

export const metadata: Metadata = { title: "Pulpit" };

const amountClass = { due: "text-danger", overpaid: "text-success", zero: "text-ink" } as const;

/** Pulpit (SPEC §4): the balance, the next payment, consumption at a glance and open tickets. */
export default async function DashboardPage() {
  const { tenant, account } = await requireCustomer();
  const db = await getDb();
  const at = now();
  const today = warsawDate(at);
  const [grosze, payment, points, tickets] = await Promise.all([
    balanceOf(db, tenant.id, account.customerId, today),
    nextPayment(db, tenant.id, account.customerId, today),
    consumptionAtGlance(db, tenant.id, account.customerId, at),
    ticketsAtGlance(db, tenant.id, account.customerId),
  ]);
  const balance = describeBalance(grosze);
  const label = tenant.navigation.find((item) => item.module === "dashboard")?.label ?? "Pulpit";
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{label}</h1>
      <div className="mt-6 grid gap-4 sm:grid-cols-2">
        <section className="rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6" aria-labelledby="balance-title" data-testid="balance-tile">
          <h2 id="balance-title" className="text-lg font-semibold">
            Aktualne saldo
          </h2>
          <p className={`mt-3 text-2xl font-bold ${amountClass[balance.kind]}`} data-testid="balance-amount">
            {balance.kind === "zero" ? balance.label : `${balance.label} ${formatAmount(balance.grosze)}`}
          </p>
          <p className="mt-1 text-sm text-ink-muted">na dzień {formatDate(now())}</p>
          {availableModules.has("invoices") ? (
            <Link
              href={moduleRoutes.invoices}
              className="mt-5 inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-brand-contrast no-underline hover:opacity-90"
            >
              Szczegóły
            </Link>
          ) : null}
        </section>
        <NextPaymentTile payment={payment} href={moduleHref(tenant, "invoices")} />
        <ConsumptionTile points={points} pointsHref={moduleHref(tenant, "points")} />
        <TicketsTile glance={tickets} words={dashboardTicketWords(tenant)} href={moduleHref(tenant, "tickets")} />
      </div>
    </>
  );
}
