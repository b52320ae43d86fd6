import type { Metadata } from "next";
import { openDocuments } from "@/lib/billing/documents";
import { parseListQuery } from "@/lib/billing/list-query";
import { billingListPage, billingOverview, type BillingSearchParams } from "@/lib/billing/page";
import { paymentHistory } from "@/lib/billing/payment-history";
import { BalanceHeading } from "@/components/billing/balance-heading";
import { DocumentTable } from "@/components/billing/document-table";
import { PaymentHistory } from "@/components/billing/payment-table";
import { PAY_SELECTED_FORM } from "@/lib/payments/links";
import { PaySelectedForm } from "@/components/payments/pay-selected-form";

export const metadata: Metadata = { title: "Płatności" };

type Props = { searchParams: BillingSearchParams };

/** MPEC's Płatności (issue 4 item 10): the balance, what is still to pay and the payments made. */
export default async function PaymentsPage({ searchParams }: Props) {
  const { scope, label, params } = await billingListPage("payments", searchParams);
  const overview = await billingOverview(scope);
  const { today, canPay } = overview;
  const open = await openDocuments(scope, today);
  const history = await paymentHistory(scope, parseListQuery(params).page);
  return (
    <>
      <BalanceHeading label={label} overview={overview} />
      <section className="mt-8" aria-labelledby="open-title">
        <h2 id="open-title" className="text-xl font-semibold">
          Dokumenty do zapłaty
        </h2>
        {open.length === 0 ? (
          <p className="mt-4 rounded-lg border border-line bg-white p-5">Nie masz dokumentów do zapłaty.</p>
        ) : (
          <>
            <DocumentTable rows={open} caption="Dokumenty do zapłaty" payForm={canPay ? PAY_SELECTED_FORM : undefined} />
            {canPay ? <PaySelectedForm /> : null}
          </>
        )}
      </section>
      <PaymentHistory history={history} hrefFor={(page) => (page > 1 ? `/platnosci?strona=${page}` : "/platnosci")} className="mt-8" />
    </>
  );
}
