import type { Metadata } from "next";
import { requireCustomer } from "@/lib/auth/customer";
import { requireBillingModule } from "@/lib/billing/access";
import { balanceOf } from "@/lib/billing/balance";
import { openDocuments } from "@/lib/billing/documents";
import { parseListQuery } from "@/lib/billing/list-query";
import { paymentHistory } from "@/lib/billing/payment-history";
import { now } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import { BalanceSummary } from "@/components/billing/balance-summary";
import { DocumentTable } from "@/components/billing/document-table";
import { Pagination } from "@/components/billing/pagination";
import { PaymentTable } from "@/components/billing/payment-table";
import { offeredGateway } from "@/lib/payments/access";
import { PAY_SELECTED_FORM } from "@/lib/payments/links";
import { onlineSummary } from "@/lib/payments/records";
import { OnlineNote } from "@/components/payments/online-note";
import { PaySelectedForm } from "@/components/payments/pay-selected-form";

export const metadata: Metadata = { title: "Płatności" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** MPEC's Płatności (issue 4 item 10): the balance, what is still to pay and the payments made. */
export default async function PaymentsPage({ searchParams }: Props) {
  const { scope } = await requireCustomer({ module: "payments" });
  const { tenant } = scope;
  const { label } = requireBillingModule(tenant, ["payments"]);
  const at = now();
  const today = warsawDate(at);
  const balance = await balanceOf(scope, today);
  const online = await onlineSummary(scope, at);
  const canPay = offeredGateway(tenant) !== null;
  const open = await openDocuments(scope, today);
  const history = await paymentHistory(scope, parseListQuery(await searchParams).page);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{label}</h1>
      <div className="mt-6">
        <BalanceSummary grosze={balance} asOf={today}>
          <OnlineNote summary={online} due={balance} canPay={canPay} />
        </BalanceSummary>
      </div>
      <section className="mt-8" aria-labelledby="open-title">
        <h2 id="open-title" className="text-xl font-semibold">Dokumenty do zapłaty</h2>
        {open.length === 0 ? <p className="mt-4 rounded-lg border border-line bg-white p-5">Nie masz dokumentów do zapłaty.</p> : (
          <>
            <DocumentTable rows={open} caption="Dokumenty do zapłaty" payForm={canPay ? PAY_SELECTED_FORM : undefined} />
            {canPay ? <PaySelectedForm /> : null}
          </>
        )}
      </section>
      <section className="mt-8" aria-labelledby="payments-title">
        <h2 id="payments-title" className="text-xl font-semibold">Historia wpłat</h2>
        <PaymentTable rows={history.rows} />
        <Pagination page={history.page} pages={history.pages} hrefFor={(page) => (page > 1 ? `/platnosci?strona=${page}` : "/platnosci")} label="Strony historii wpłat" />
      </section>
    </>
  );
}
