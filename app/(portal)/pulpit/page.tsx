import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireCustomer } from "@/lib/auth/customer";
import { availableModules, moduleRoutes } from "@/lib/portal/modules";
import { now } from "@/lib/clock";
import { formatAmount, formatDate, warsawDate } from "@/lib/format";
import { balanceOf, describeBalance } from "@/lib/billing/balance";

export const metadata: Metadata = { title: "Pulpit" };

const amountClass = { due: "text-danger", overpaid: "text-success", zero: "text-ink" } as const;

/** Pulpit: the "Aktualne saldo" tile (SPEC §4); more tiles come with their modules. */
export default async function DashboardPage() {
  const { tenant, account } = await requireCustomer();
  const balance = describeBalance(await balanceOf(await getDb(), tenant.id, account.customerId, warsawDate(now())));
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
      </div>
    </>
  );
}
