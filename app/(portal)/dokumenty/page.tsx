import type { Metadata } from "next";
import { listDocuments } from "@/lib/billing/documents";
import { listHref, parseListQuery } from "@/lib/billing/list-query";
import { billingListPage, type BillingSearchParams } from "@/lib/billing/page";
import { now } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import { DocumentTable } from "@/components/billing/document-table";
import { Pagination } from "@/components/billing/pagination";

export const metadata: Metadata = { title: "Dokumenty" };

const PATH = "/dokumenty";
type Props = { searchParams: BillingSearchParams };

/** MPEC's Dokumenty (issue 4 item 10): every financial document with its PDF, newest first. */
export default async function DocumentsPage({ searchParams }: Props) {
  const { scope, label, params } = await billingListPage("documents", searchParams);
  const query = parseListQuery(params);
  const list = await listDocuments(scope, query, warsawDate(now()));
  const current = { ...query, page: list.page };
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{label}</h1>
      {!list.hasAny ? (
        <p className="mt-6 rounded-lg border border-line bg-white p-5">Nie masz jeszcze żadnych dokumentów.</p>
      ) : (
        <>
          <DocumentTable rows={list.rows} caption="Dokumenty finansowe" sorting={{ path: PATH, query: current }} />
          <Pagination page={list.page} pages={list.pages} hrefFor={(page) => listHref(PATH, current, { page })} label="Strony listy dokumentów" />
        </>
      )}
    </>
  );
}
