import type { Metadata } from "next";
import { z } from "zod";
import { now } from "@/lib/clock";
import { CustomerResultsTable } from "@/components/console/customers/results-table";
import { CustomerSearchForm } from "@/components/console/customers/search-form";
import { auditCustomerSearch } from "@/lib/staff/customer-actions";
import { QUERY_MAX, searchCustomers } from "@/lib/staff/customers";
import { scopeTenants, tenantInScope } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";

export const metadata: Metadata = { title: "Klienci" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const paramsSchema = z.object({
  szukaj: z.preprocess(first, z.string().trim().max(QUERY_MAX).catch("").default("")),
  sprzedawca: z.preprocess(first, z.string().max(40).catch("").default("")),
});

export default async function ConsoleCustomersPage({ searchParams }: Props) {
  const scope = await requireStaff();
  const params = paramsSchema.parse(await searchParams);
  // A tenant outside the staff member's scope is a 404, like one that does not exist.
  const tenantId = params.sprzedawca ? tenantInScope(scope, params.sprzedawca).id : "";
  const result = params.szukaj ? await searchCustomers(scope, { query: params.szukaj, tenantId }, now()) : null;
  if (result) {
    const matchedBy = [...new Set(result.hits.flatMap((h) => h.matchedBy))];
    await auditCustomerSearch(scope, { tenantId: tenantId || null, shape: result.shape, matchedBy, results: result.hits.length });
  }
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Klienci</h1>
      <p className="mt-1 text-sm text-ink-muted">Znajdź klienta po identyfikatorze, aby zobaczyć jego konto, umowy i saldo.</p>
      <CustomerSearchForm tenants={scopeTenants(scope)} query={params.szukaj} tenantId={tenantId} />
      {result ? (
        <section aria-labelledby="wyniki" className="mt-8">
          <h2 id="wyniki" className="text-lg font-semibold">
            Wyniki
          </h2>
          <p role="status" className="mt-1 text-sm" data-testid="result-count">
            {result.hits.length === 0
              ? "Nie znaleziono klienta o takim identyfikatorze. Sprawdź, czy wpisano go w całości."
              : `Znaleziono: ${result.hits.length}${result.truncated ? " (pokazano pierwsze wyniki — zawęź wyszukiwanie)" : ""}.`}
          </p>
          {result.hits.length > 0 ? <CustomerResultsTable hits={result.hits} /> : null}
        </section>
      ) : null}
    </>
  );
}
