import { formatAmount, formatDate } from "@/lib/format";
import { pluralForm } from "@/lib/pdf/amount-in-words";
import type { NextPayment } from "@/lib/dashboard/next-payment";
import { Tile } from "./tile";

const documentForms = ["dokument", "dokumenty", "dokumentów"] as const;
/** "1 dokument", "3 dokumenty", "5 dokumentów", "22 dokumenty". */
export const documentCount = (n: number) => `${n} ${pluralForm(n, documentForms)}`;

/**
 * "Najbliższa płatność": what is overdue, in total and in how many documents, then the next amount
 * falling due with its date. Overdue is said in words, colour only adds.
 */
export function NextPaymentTile({ payment, href }: { payment: NextPayment | null; href: string | null }) {
  return (
    <Tile id="next-payment" title="Najbliższa płatność" links={href ? [{ href, label: "Przejdź do faktur" }] : []}>
      {payment ? (
        <dl className="grid gap-3">
          {payment.overdue.count > 0 ? (
            <div data-testid="next-payment-overdue">
              <dt className="text-sm font-semibold text-danger">Po terminie ({documentCount(payment.overdue.count)})</dt>
              <dd className="text-2xl font-bold text-danger" data-testid="next-payment-overdue-amount">
                {formatAmount(payment.overdue.amount)}
              </dd>
            </div>
          ) : null}
          {payment.upcoming ? (
            <div data-testid="next-payment-upcoming">
              <dt className="text-sm text-ink-muted">
                {payment.overdue.count > 0 ? "Następnie" : "Do zapłaty"} do {formatDate(payment.upcoming.dueDate)}
                {payment.upcoming.number ? (
                  <>
                    {" "}
                    (dokument <span className="break-all">{payment.upcoming.number}</span>)
                  </>
                ) : (
                  ` (${documentCount(payment.upcoming.count)})`
                )}
              </dt>
              <dd className={`font-bold text-ink ${payment.overdue.count > 0 ? "text-xl" : "text-2xl"}`} data-testid="next-payment-amount">
                {formatAmount(payment.upcoming.amount)}
              </dd>
            </div>
          ) : (
            <div>
              <dt className="sr-only">Nadchodzące terminy</dt>
              <dd className="text-sm text-ink-muted">Brak innych nadchodzących płatności.</dd>
            </div>
          )}
        </dl>
      ) : (
        <p className="text-ink-muted">Brak nadchodzących płatności.</p>
      )}
    </Tile>
  );
}
