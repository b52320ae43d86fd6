import type { Metadata } from "next";
import Link from "next/link";
import { addMinutes, now } from "@/lib/clock";
import { formatAmount, formatDateTime } from "@/lib/format";
import { ownPaymentPage } from "@/lib/payments/own-payment";
import { PENDING_SHOWN_MINUTES } from "@/lib/payments/records";
import { gatewayStatusOf } from "@/lib/payments/service";
import { billingHome } from "@/components/payments/back-link";
import { CancelPaymentForm } from "@/components/payments/cancel-form";
import { cancelPaymentAction } from "./cancel-action";
import { AutoRefresh } from "@/components/payments/auto-refresh";

export const metadata: Metadata = { title: "Status płatności" };

type Props = { params: Promise<{ id: string }> };

const REFRESH_SECONDS = 3;

/**
 * Where the gateway's urlReturn (../../powrot) leads: follows the payment from "w toku" to "przyjęta",
 * or says at once that it was cancelled at the gateway. While pending it
 * reloads itself every few seconds (components/payments/auto-refresh.tsx; without JavaScript too).
 */
export default async function PaymentStatusPage({ params }: Props) {
  const { scope, gateway, payment } = await ownPaymentPage(params);
  const { tenant } = scope;
  const home = billingHome(tenant);
  const waiting = payment.status === "pending" && addMinutes(payment.createdAt, PENDING_SHOWN_MINUTES) > now();
  const atGateway = payment.status === "pending" ? await gatewayStatusOf(gateway, payment) : "unknown";
  return (
    <>
      {waiting ? <AutoRefresh seconds={REFRESH_SECONDS} /> : null}
      <p>
        <Link href={home.href}>← {home.label}</Link>
      </p>
      <h1 className="mt-3 text-2xl font-bold tracking-tight sm:text-3xl">Status płatności</h1>
      <section className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6" aria-labelledby="payment-status-title">
        <h2 id="payment-status-title" className="text-lg font-semibold">
          Płatność na kwotę {formatAmount(payment.amount)}
        </h2>
        <p className="mt-1 text-sm text-ink-muted">rozpoczęta {formatDateTime(payment.createdAt)}</p>
        <div role="status" className="mt-4" data-testid="payment-status" data-status={payment.status}>
          {payment.status === "pending" ? (
            <>
              <p className="text-lg font-semibold">Płatność w toku</p>
              <p className="mt-1">
                {atGateway === "none"
                  ? `Bramka ${gateway.label} nie otrzymała jeszcze tej płatności. Jeśli płatność została przerwana, możesz z niej zrezygnować — saldo się nie zmieni.`
                  : `Czekamy na potwierdzenie z ${gateway.label}. ${waiting ? "Ta strona odświeża się sama." : "Odśwież stronę za chwilę."}`}
              </p>
            </>
          ) : payment.status === "paid" ? (
            <>
              <p className="text-lg font-semibold text-success">Płatność przyjęta</p>
              <p className="mt-1">Dziękujemy. Wpłata jest w trakcie księgowania — saldo już ją uwzględnia. Potwierdzenie wysłaliśmy e-mailem.</p>
            </>
          ) : payment.status === "settled" ? (
            <p className="text-lg font-semibold text-success">Płatność zaksięgowana</p>
          ) : payment.status === "cancelled" ? (
            <>
              <p className="text-lg font-semibold">Płatność anulowana</p>
              <p className="mt-1">Saldo i dokumenty pozostały bez zmian. Możesz zapłacić je ponownie.</p>
            </>
          ) : (
            <>
              <p className="text-lg font-semibold text-danger">Nie udało się rozpocząć płatności</p>
              <p className="mt-1">Saldo i dokumenty pozostały bez zmian. Spróbuj ponownie za kilka minut.</p>
            </>
          )}
        </div>
        {payment.status === "pending" ? <CancelPaymentForm action={cancelPaymentAction} paymentId={payment.id} /> : null}
        <p className="mt-5">
          <Link
            href={home.href}
            className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-brand-contrast no-underline hover:opacity-90"
          >
            Wróć do: {home.label}
          </Link>
        </p>
      </section>
    </>
  );
}
