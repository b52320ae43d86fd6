import type { Metadata } from "next";
import type { CustomerScope } from "@/lib/auth/customer";
import { listDocuments } from "@/lib/billing/documents";
import { listHref, parseListQuery } from "@/lib/billing/list-query";
import { billingListPage, billingOverview, type BillingSearchParams } from "@/lib/billing/page";
import { paymentHistory } from "@/lib/billing/payment-history";
import { BalanceHeading } from "@/components/billing/balance-heading";
import { BillingTabs } from "@/components/billing/billing-tabs";
import { DocumentFilters } from "@/components/billing/document-filters";
import { DocumentTable } from "@/components/billing/document-table";
import { Pagination } from "@/components/billing/pagination";
import { PaymentHistory } from "@/components/billing/payment-table";
import { PAY_SELECTED_FORM } from "@/lib/payments/links";
import { PaySelectedForm } from "@/components/payments/pay-selected-form";

export const metadata: Metadata = { title: "Faktury" };

const PATH = "/faktury";
type Props = { searchParams: BillingSearchParams };

/** Faktury (docs/portal.md §3, issue 4 item 3): the balance, every document with filters/sort/pages, and the payments. */
export default async function InvoicesPage({ searchParams }: Props) {
  const { scope, label, params } = await billingListPage("invoices", searchParams);
  const overview = await billingOverview(scope);
  const { today, canPay } = overview;
  const view = params.widok === "wplaty" ? "payments" : "documents";
  return (
    <>
      <BalanceHeading label={label} overview={overview} />
      <BillingTabs path={PATH} current={view} />
      {view === "payments" ? <Payments scope={scope} params={params} /> : <Documents scope={scope} params={params} today={today} canPay={canPay} />}
    </>
  );
}

async function Documents({
  scope,
  params,
  today,
  canPay,
}: {
  scope: CustomerScope;
  params: Record<string, string | string[] | undefined>;
  today: string;
  canPay: boolean;
}) {
  const query = parseListQuery(params);
  const list = await listDocuments(scope, query, today);
  if (!list.hasAny) return <p className="mt-6 rounded-lg border border-line bg-white p-5">Nie masz jeszcze żadnych dokumentów.</p>;
  const current = { ...query, page: list.page };
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title" className="sr-only">
        Dokumenty
      </h2>
      <DocumentFilters path={PATH} query={query} contracts={list.contracts} />
      <p className="mt-6 text-sm text-ink-muted" role="status" data-testid="documents-count">
        Dokumentów: {list.total}
        {list.pages > 1 ? ` · strona ${list.page} z ${list.pages}` : ""}
      </p>
      {list.total === 0 ? (
        <p className="mt-4 rounded-lg border border-line bg-white p-5">Żaden dokument nie pasuje do wybranych filtrów.</p>
      ) : (
        <>
          <DocumentTable
            rows={list.rows}
            caption="Dokumenty finansowe"
            sorting={{ path: PATH, query: current }}
            payForm={canPay ? PAY_SELECTED_FORM : undefined}
          />
          {canPay && list.rows.some((d) => d.gross > 0 && d.remaining > 0) ? <PaySelectedForm /> : null}
        </>
      )}
      <Pagination page={list.page} pages={list.pages} hrefFor={(page) => listHref(PATH, current, { page })} label="Strony listy dokumentów" />
    </section>
  );
}

async function Payments({ scope, params }: { scope: CustomerScope; params: Record<string, string | string[] | undefined> }) {
  const history = await paymentHistory(scope, parseListQuery(params).page);
  return <PaymentHistory history={history} hrefFor={(page) => `${PATH}?widok=wplaty${page > 1 ? `&strona=${page}` : ""}`} className="mt-6" />;
}
