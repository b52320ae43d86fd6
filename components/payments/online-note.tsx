import Link from "next/link";
import type { OnlineSummary } from "@/lib/payments/records";
import { payAllHref } from "@/lib/payments/links";
import { formatAmount } from "@/lib/format";

/**
 * Under the balance: online payments in progress and paid but not yet booked (the balance already
 * counts the latter), and "Zapłać wszystko" when something is due and online payment is offered.
 */
export function OnlineNote({ summary, due, canPay }: { summary: OnlineSummary; due: number; canPay: boolean }) {
  return (
    <>
      {summary.processing > 0 ? (
        <p className="mt-2 text-sm" data-testid="balance-processing">
          Wpłata w trakcie księgowania: {formatAmount(summary.processing)} (już uwzględniona w saldzie)
        </p>
      ) : null}
      {summary.pending > 0 ? (
        <p className="mt-2 text-sm" data-testid="balance-pending">
          Płatność w toku: {formatAmount(summary.pending)}
        </p>
      ) : null}
      {canPay && due > 0 ? (
        <Link
          href={payAllHref}
          className="mt-5 mr-3 inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-brand-contrast no-underline hover:opacity-90"
          data-testid="pay-all"
        >
          Zapłać wszystko
        </Link>
      ) : null}
    </>
  );
}
