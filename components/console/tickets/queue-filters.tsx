import Link from "next/link";
import type { Tenant } from "@/lib/tenant/schema";
import { ticketStatusLabels, ticketStatuses } from "@/lib/tickets/labels";
import { MAX_AGE_DAYS, scopeCategories, type QueueValues } from "@/lib/staff/ticket-queue-params";

const inputClass = "mt-1 block w-full rounded-md border border-line bg-white px-3 py-2.5 text-base text-ink shadow-sm aria-invalid:border-danger";
const labelClass = "block text-sm font-semibold text-ink";

/** The queue's filters: a GET form, so a filtered queue is a plain URL and works without JavaScript. */
export function QueueFilters({ tenants, values, invalidAge }: { tenants: Tenant[]; values: QueueValues; invalidAge: boolean }) {
  return (
    <form method="get" action="/konsola/zgloszenia" role="search" aria-label="Filtry kolejki" className="mb-6 grid gap-4 rounded-lg border border-line bg-white p-4 sm:grid-cols-2 sm:p-5 lg:grid-cols-4">
      <div>
        <label htmlFor="sprzedawca" className={labelClass}>Sprzedawca</label>
        <select id="sprzedawca" name="sprzedawca" defaultValue={values.sprzedawca} className={inputClass}>
          <option value="">Wszyscy obsługiwani</option>
          {tenants.map((tenant) => (
            <option key={tenant.id} value={tenant.id}>{tenant.names.short}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="status" className={labelClass}>Status</label>
        <select id="status" name="status" defaultValue={values.status} className={inputClass}>
          <option value="">Otwarte (Nowe i W trakcie)</option>
          <option value="all">Wszystkie</option>
          {ticketStatuses.map((status) => (
            <option key={status} value={status}>{ticketStatusLabels[status]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="kategoria" className={labelClass}>Kategoria</label>
        <select id="kategoria" name="kategoria" defaultValue={values.kategoria} className={inputClass}>
          <option value="">Wszystkie</option>
          {scopeCategories(tenants).map((category) => (
            <option key={category.id} value={category.id}>{category.label}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="starsze" className={labelClass}>Starsze niż (dni)</label>
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
        <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 font-semibold text-brand-contrast">Filtruj</button>
        <Link href="/konsola/zgloszenia" className="inline-flex min-h-11 items-center rounded-md border border-line px-5 font-semibold text-ink">Wyczyść filtry</Link>
      </div>
    </form>
  );
}
