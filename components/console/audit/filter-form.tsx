import type { Tenant } from "@/lib/tenant/schema";
import { actorKindLabels, auditActionLabels } from "@/lib/staff/audit-labels";
import { NO_TENANT, type AuditFilters } from "@/lib/staff/audit-view";
import { DateRangeFilter, FilterActions, FilterForm, FilterInput, FilterSelect } from "@/components/forms/filter-fields";

const actionOptions = Object.entries(auditActionLabels).sort(([, a], [, b]) => a.localeCompare(b, "pl"));

/** The log's filters: a GET form, so a filtered view is a URL to share and works without JavaScript. */
export function AuditFilterForm({ tenants, filters, showTenantless }: { tenants: Tenant[]; filters: AuditFilters; showTenantless: boolean }) {
  const action = filters.akcja && !auditActionLabels[filters.akcja] ? [[filters.akcja, filters.akcja] as const] : [];
  return (
    <FilterForm action="/konsola/dziennik" label="Filtry dziennika" className="mt-6 p-5 shadow-sm sm:grid-cols-2 lg:grid-cols-3">
      <FilterSelect
        name="sprzedawca"
        label="Sprzedawca"
        value={filters.sprzedawca ?? ""}
        any="Wszyscy"
        options={[
          ...tenants.map((t) => ({ value: t.id, label: t.names.product })),
          ...(showTenantless ? [{ value: NO_TENANT, label: "Bez sprzedawcy (konsola, pracownicy)" }] : []),
        ]}
      />
      <FilterSelect
        name="akcja"
        label="Zdarzenie"
        value={filters.akcja ?? ""}
        any="Wszystkie"
        options={[...actionOptions, ...action].map(([code, label]) => ({ value: code, label: `${label} (${code})` }))}
      />
      <FilterSelect
        name="kto"
        label="Kto"
        value={filters.kto ?? ""}
        any="Wszyscy"
        options={Object.entries(actorKindLabels).map(([kind, label]) => ({ value: kind, label }))}
      />
      <FilterInput name="cel" label="Login, e-mail lub identyfikator" type="search" maxLength={200} defaultValue={filters.cel ?? ""} autoComplete="off" />
      <DateRangeFilter
        from={{ label: "Od dnia", value: filters.od ?? "" }}
        to={{ label: "Do dnia", value: filters.do ?? "" }}
        className="grid grid-cols-2 gap-3"
      />
      <FilterActions
        href="/konsola/dziennik"
        submit="Filtruj"
        clear="Wyczyść"
        buttonClass="bg-ink px-6 text-white hover:opacity-90"
        className="flex flex-wrap items-end gap-3"
      />
    </FilterForm>
  );
}
