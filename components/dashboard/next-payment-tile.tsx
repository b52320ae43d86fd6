import { formatAmount, formatDate } from "@/lib/format";
import type { NextPayment } from "@/lib/dashboard/next-payment";
import { Tile } from "./tile";

/** "Najbliższa płatność": what is still due on the earliest open document; overdue said in words. */
export function NextPaymentTile({ payment, href }: { payment: NextPayment | null; href: string | null }) {
  return (
    <Tile id="next-payment" title="Najbliższa płatność" links={href ? [{ href, label: "Przejdź do faktur" }] : []}>
      {payment ? (
        <>
          <p className={`text-2xl font-bold ${payment.overdue ? "text-danger" : "text-ink"}`} data-testid="next-payment-amount">
            {formatAmount(payment.remaining)}
          </p>
          <p className="mt-1 text-sm text-ink-muted" data-testid="next-payment-due">
            termin: {formatDate(payment.dueDate)}
            {payment.overdue ? <strong className="ml-2 font-semibold text-danger">po terminie</strong> : null}
          </p>
          <p className="mt-1 text-sm text-ink-muted">
            dokument <span className="break-all">{payment.number}</span>
          </p>
        </>
      ) : (
        <p className="text-ink-muted">Brak nadchodzących płatności.</p>
      )}
    </Tile>
  );
}
