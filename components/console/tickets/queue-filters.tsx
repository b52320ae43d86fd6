import Link from "next/link";
import type { Tenant } from "@/lib/tenant/schema";
import { ticketStatusLabels, ticketStatuses } from "@/lib/tickets/labels";
import { MAX_AGE_DAYS, scopeCategories, type QueueValues } from "@/lib/staff/ticket-queue-params";
import { FilterSelect, filterInputClass as inputClass, filterLabelClass as labelClass } from "@/components/console/filter-fields";

/** The queue's filters: a GET form, so a filtered queue is a plain URL and works without JavaScript. */
export function QueueFilters({ tenants, values, invalidAge }: { tenants: Tenant[]; values: QueueValues; invalidAge: boolean }) {
  return (
    <form
      method="get"
      action="/konsola/zgloszenia"
      role="search"
      aria-label="Filtry kolejki"
      className="mb-6 grid gap-4 rounded-lg border border-line bg-white p-4 sm:grid-cols-2 sm:p-5 lg:grid-cols-4"
    >
      <FilterSelect
        name="sprzedawca"
        label="Sprzedawca"
        value={values.sprzedawca}
        any="Wszyscy obsługiwani"
        options={tenants.map((t) => ({ value: t.id, label: t.names.short }))}
      />
      <FilterSelect
        name="status"
        label="Status"
        value={values.status}
        any="Otwarte (Nowe i W trakcie)"
        options={[{ value: "all", label: "Wszystkie" }, ...ticketStatuses.map((status) => ({ value: status, label: ticketStatusLabels[status] }))]}
      />
      <FilterSelect
        name="kategoria"
        label="Kategoria"
        value={values.kategoria}
        any="Wszystkie"
        options={scopeCategories(tenants).map((c) => ({ value: c.id, label: c.label }))}
      />
      <div>
        <label htmlFor="starsze" className={labelClass}>
          Starsze niż (dni)
        </label>
        <input
          id="starsze"
          name="starsze"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_AGE_DAYS}
          defaultValue={values.starsze}
          aria-invalid={invalidAge || undefined}
          aria-describedby={invalidAge ? "starsze-error" : undefined}
          className={inputClass}
        />
        <p id="starsze-error" className="mt-1 text-sm font-medium text-danger" hidden={!invalidAge}>
          Podaj liczbę dni od 1 do {MAX_AGE_DAYS}; pominięto ten filtr.
        </p>
      </div>
      <div className="flex flex-wrap gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 font-semibold text-brand-contrast">
          Filtruj
        </button>
        <Link href="/konsola/zgloszenia" className="inline-flex min-h-11 items-center rounded-md border border-line px-5 font-semibold text-ink">
          Wyczyść filtry
        </Link>
      </div>
    </form>
  );
}
