import Link from "next/link";
import type { Tenant } from "@/lib/tenant/schema";
import type { OnlineSummary } from "@/lib/payments/records";
import { offeredGateway } from "@/lib/payments/access";
import { BalanceSummary } from "@/components/billing/balance-summary";
import { OnlineNote } from "@/components/payments/online-note";

/**
 * "Aktualne saldo" with the online payments under way, "Zapłać wszystko" and "Szczegóły": the Pulpit's
 * first tile, and the top of the landing page of a tenant without a Pulpit (MPEC's "Umowa").
 */
export function BalanceTile({
  tenant,
  balance,
  online,
  today,
  detailsHref,
  canPay = offeredGateway(tenant) !== null,
}: {
  tenant: Tenant;
  balance: number;
  online: OnlineSummary;
  today: string;
  detailsHref: string | null;
  /** False for a reader who may not pay (a delegate without the payments role); else the tenant decides. */
  canPay?: boolean;
}) {
  return (
    <BalanceSummary grosze={balance} asOf={today} testId="balance-tile">
      <OnlineNote summary={online} due={balance} canPay={canPay} />
      {detailsHref ? (
        <Link
          href={detailsHref}
          className="mt-5 inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-brand-contrast no-underline hover:opacity-90"
        >
          Szczegóły
        </Link>
      ) : null}
    </BalanceSummary>
  );
}
