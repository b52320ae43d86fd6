import type { Tenant } from "@/lib/tenant/schema";
import { ticketStatusLabels, ticketStatuses } from "@/lib/tickets/labels";
import { MAX_AGE_DAYS, scopeCategories, type QueueValues } from "@/lib/staff/ticket-queue-params";
import { FilterActions, FilterForm, FilterInput, FilterSelect } from "@/components/forms/filter-fields";

/** The queue's filters: a GET form, so a filtered queue is a plain URL and works without JavaScript. */
export function QueueFilters({ tenants, values, invalidAge }: { tenants: Tenant[]; values: QueueValues; invalidAge: boolean }) {
  return (
    <FilterForm action="/konsola/zgloszenia" label="Filtry kolejki" className="mb-6 p-4 sm:grid-cols-2 sm:p-5 lg:grid-cols-4">
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
        <FilterInput
          name="starsze"
          label="Starsze niż (dni)"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_AGE_DAYS}
          defaultValue={values.starsze}
          aria-invalid={invalidAge || undefined}
          aria-describedby={invalidAge ? "starsze-error" : undefined}
        />
        <p id="starsze-error" className="mt-1 text-sm font-medium text-danger" hidden={!invalidAge}>
          Podaj liczbę dni od 1 do {MAX_AGE_DAYS}; pominięto ten filtr.
        </p>
      </div>
      <FilterActions
        href="/konsola/zgloszenia"
        submit="Filtruj"
        clear="Wyczyść filtry"
        buttonClass="bg-brand px-5 text-brand-contrast"
        className="flex flex-wrap gap-3 sm:col-span-2 lg:col-span-4"
      />
    </FilterForm>
  );
}
