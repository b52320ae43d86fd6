import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilterForm } from "@/components/console/audit/filter-form";
import { AuditTable } from "@/components/console/audit/audit-table";
import { auditFilterSchema, auditHref, auditLogPage, NO_TENANT } from "@/lib/staff/audit-view";
import { scopeTenants, tenantInScope } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";

export const metadata: Metadata = { title: "Dziennik zdarzeń" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const linkClass = "inline-flex min-h-11 items-center rounded-md border border-line bg-white px-4 font-semibold";

export default async function AuditLogPage({ searchParams }: Props) {
  const scope = await requireStaff();
  const filters = auditFilterSchema.parse(await searchParams);
  // Another tenant in the URL is a 404, like one that does not exist.
  if (filters.sprzedawca && filters.sprzedawca !== NO_TENANT) tenantInScope(scope, filters.sprzedawca);
  const result = await auditLogPage(scope, filters);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Dziennik zdarzeń</h1>
      <p className="mt-1 text-sm text-ink-muted">
        Logowania, blokady, zmiany haseł, publikacje, importy i działania pracowników — kto, co, kiedy i skąd. Czas polski.
        {scope.staff.role === "admin" ? "" : " Zdarzenia bez sprzedawcy widzisz tylko własne."}
      </p>
      <AuditFilterForm tenants={scopeTenants(scope)} filters={filters} showTenantless />
      <section aria-labelledby="zdarzenia" className="mt-8">
        <h2 id="zdarzenia" className="text-lg font-semibold">
          Zdarzenia{result.page > 1 ? ` — strona ${result.page}` : ""}
        </h2>
        {result.rows.length === 0 ? (
          <p className="mt-2" role="status">
            Brak zdarzeń spełniających warunki.
          </p>
        ) : (
          <AuditTable rows={result.rows} />
        )}
        {result.page > 1 || result.hasNext ? (
          <nav aria-label="Strony dziennika" className="mt-4 flex flex-wrap gap-3">
            {result.page > 1 ? (
              <Link href={auditHref(filters, result.page - 1)} className={linkClass} rel="prev">
                ← Nowsze
              </Link>
            ) : null}
            {result.hasNext ? (
              <Link href={auditHref(filters, result.page + 1)} className={linkClass} rel="next">
                Starsze →
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}
