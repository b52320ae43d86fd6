import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { addMinutes, now } from "@/lib/clock";
import { formatAmount } from "@/lib/format";
import { ownPaymentPage } from "@/lib/payments/own-payment";
import { REGISTERING_MINUTES, returnPath } from "@/lib/payments/service";
import { AutoRefresh } from "@/components/payments/auto-refresh";
import { GoToGateway } from "@/components/payments/go-to-gateway";

export const metadata: Metadata = { title: "Przekierowanie do płatności" };

type Props = { params: Promise<{ id: string }> };

/**
 * Between "Przejdź do płatności" and the gateway's page. The gateway is another origin, and the CSP's
 * form-action 'self' would block a form POST redirected there; a meta refresh (and, with JS, a script)
 * is a plain navigation. Only the customer's own pending payment with a token is sent on; a payment
 * resumed from another tab that is still being registered there is waited for.
 */
export default async function RedirectPage({ params }: Props) {
  const { gateway, payment } = await ownPaymentPage(params);
  // The same payment started in another tab a moment ago is still being registered: wait for it.
  if (payment.status === "pending" && !payment.gatewayToken && payment.gateway === gateway.name && addMinutes(payment.createdAt, REGISTERING_MINUTES) > now()) {
    return (
      <>
        <AutoRefresh seconds={1} />
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Przekierowanie do płatności</h1>
        <p className="mt-4" role="status">
          Przygotowujemy płatność {formatAmount(payment.amount)} w {gateway.label}. Ta strona odświeży się sama.
        </p>
      </>
    );
  }
  if (payment.status !== "pending" || !payment.gatewayToken || payment.gateway !== gateway.name) redirect(returnPath(payment.id));
  const href = gateway.redirectUrl(payment.gatewayToken);
  return (
    <>
      <meta httpEquiv="refresh" content={`0;url=${href}`} />
      <GoToGateway href={href} />
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Przekierowanie do płatności</h1>
      <p className="mt-4" role="status">
        Za chwilę przejdziesz do {gateway.label}, aby zapłacić {formatAmount(payment.amount)}.
      </p>
      <p className="mt-4">
        <a
          href={href}
          className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-brand-contrast no-underline hover:opacity-90"
        >
          Przejdź do {gateway.label}
        </a>
      </p>
    </>
  );
}
