import type { Tenant } from "@/lib/tenant/schema";
import { QUERY_MAX } from "@/lib/staff/customers";
import { FilterForm, FilterSelect, filterInputClass as inputClass, filterLabelClass as labelClass } from "@/components/forms/filter-fields";

/** A GET form: the search is a plain URL and works without JavaScript. */
export function CustomerSearchForm({ tenants, query, tenantId }: { tenants: Tenant[]; query: string; tenantId: string }) {
  return (
    <FilterForm action="/konsola/klienci" label="Wyszukiwanie klientów" className="mt-6 p-5 shadow-sm md:grid-cols-[1fr_16rem_auto] md:items-end">
      <div>
        <label htmlFor="szukaj" className={labelClass}>
          PESEL, NIP, numer klienta, login, e-mail lub numer umowy
        </label>
        <p id="szukaj-hint" className="mt-0.5 text-sm text-ink-muted">
          Wpisz cały identyfikator — wyszukiwanie znajduje tylko dokładne dopasowania.
        </p>
        <input
          id="szukaj"
          name="szukaj"
          type="search"
          required
          maxLength={QUERY_MAX}
          defaultValue={query}
          aria-describedby="szukaj-hint"
          autoComplete="off"
          className={inputClass}
        />
      </div>
      {tenants.length > 1 ? (
        <FilterSelect
          name="sprzedawca"
          label="Sprzedawca"
          value={tenantId}
          any="Wszyscy moi sprzedawcy"
          options={tenants.map((t) => ({ value: t.id, label: t.names.product }))}
        />
      ) : (
        <div />
      )}
      <div>
        <button
          type="submit"
          className="inline-flex min-h-11 w-full items-center justify-center rounded-md bg-ink px-6 font-semibold text-white hover:opacity-90 md:w-auto"
        >
          Szukaj
        </button>
      </div>
    </FilterForm>
  );
}
