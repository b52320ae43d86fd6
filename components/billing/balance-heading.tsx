import type { BillingOverview } from "@/lib/billing/page";
import { BalanceSummary } from "@/components/billing/balance-summary";
import { OnlineNote } from "@/components/payments/online-note";

/** The heading of Faktury and Płatności: the screen's name, then "Aktualne saldo" with the note on online payments. */
export function BalanceHeading({ label, overview }: { label: string; overview: BillingOverview }) {
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{label}</h1>
      <div className="mt-6">
        <BalanceSummary grosze={overview.balance} asOf={overview.today}>
          <OnlineNote summary={overview.online} due={overview.balance} canPay={overview.canPay} />
        </BalanceSummary>
      </div>
    </>
  );
}
