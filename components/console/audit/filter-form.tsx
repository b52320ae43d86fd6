import type { Tenant } from "@/lib/tenant/schema";
import { actorKindLabels, auditActionLabels } from "@/lib/staff/audit-labels";
import { NO_TENANT, type AuditFilters } from "@/lib/staff/audit-view";
import { FilterSelect, filterInputClass as inputClass, filterLabelClass as labelClass } from "@/components/console/filter-fields";

const actionOptions = Object.entries(auditActionLabels).sort(([, a], [, b]) => a.localeCompare(b, "pl"));

/** The log's filters: a GET form, so a filtered view is a URL to share and works without JavaScript. */
export function AuditFilterForm({ tenants, filters, showTenantless }: { tenants: Tenant[]; filters: AuditFilters; showTenantless: boolean }) {
  const action = filters.akcja && !auditActionLabels[filters.akcja] ? [[filters.akcja, filters.akcja] as const] : [];
  return (
    <form
      method="get"
      action="/konsola/dziennik"
      role="search"
      aria-label="Filtry dziennika"
      className="mt-6 grid gap-4 rounded-lg border border-line bg-white p-5 shadow-sm sm:grid-cols-2 lg:grid-cols-3"
    >
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
      <div>
        <label htmlFor="cel" className={labelClass}>
          Login, e-mail lub identyfikator
        </label>
        <input id="cel" name="cel" type="search" maxLength={200} defaultValue={filters.cel ?? ""} className={inputClass} autoComplete="off" />
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="od" className={labelClass}>
            Od dnia
          </label>
          <input id="od" name="od" type="date" defaultValue={filters.od ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="do" className={labelClass}>
            Do dnia
          </label>
          <input id="do" name="do" type="date" defaultValue={filters.do ?? ""} className={inputClass} />
        </div>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-ink px-6 font-semibold text-white hover:opacity-90">
          Filtruj
        </button>
        <a href="/konsola/dziennik" className="inline-flex min-h-11 items-center rounded-md border border-line px-5 font-semibold text-ink">
          Wyczyść
        </a>
      </div>
    </form>
  );
}
