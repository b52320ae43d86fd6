import type { ReactNode } from "react";
import { describeBalance } from "@/lib/billing/balance";
import { formatAmount, formatDate } from "@/lib/format";

const amountClass = { due: "text-danger", overpaid: "text-success", zero: "text-ink" } as const;

/**
 * "Aktualne saldo" (Pulpit and Faktury): always in words ("Do zapłaty", "Nadpłata", "Brak
 * należności") with the date it is for; colour only adds. `children` go under it (Pulpit's "Szczegóły").
 */
export function BalanceSummary({
  grosze,
  asOf,
  testId = "balance-summary",
  children,
}: {
  grosze: number;
  asOf: string;
  testId?: string;
  children?: ReactNode;
}) {
  const balance = describeBalance(grosze);
  return (
    <section className="rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6" aria-labelledby="balance-title" data-testid={testId}>
      <h2 id="balance-title" className="text-lg font-semibold">
        Aktualne saldo
      </h2>
      <p className={`mt-2 text-2xl font-bold ${amountClass[balance.kind]}`} data-testid="balance-amount">
        {balance.kind === "zero" ? balance.label : `${balance.label} ${formatAmount(balance.grosze)}`}
      </p>
      <p className="mt-1 text-sm text-ink-muted">na dzień {formatDate(asOf)}</p>
      {children}
    </section>
  );
}
