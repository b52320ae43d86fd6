import type { Tenant } from "@/lib/tenant/schema";
import { ticketStatusLabels, ticketStatuses, type TicketWords } from "@/lib/tickets/labels";

const inputClass = "mt-1 block w-full rounded-md border border-line bg-white px-3 py-2.5 text-base text-ink shadow-sm";
const labelClass = "block text-sm font-semibold text-ink";

/** "Wyszukiwanie zaawansowane": a GET form, so results are a plain URL and work without JavaScript. */
export function SearchForm({ tenant, words, values, action }: { tenant: Tenant; words: TicketWords; values: Record<string, string>; action: string }) {
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={words.search}
      className="mb-6 grid gap-4 rounded-lg border border-line bg-white p-5 sm:grid-cols-2 lg:grid-cols-3"
    >
      <div className="sm:col-span-2 lg:col-span-3">
        <label htmlFor="szukaj" className={labelClass}>
          Szukaj w temacie i treści
        </label>
        <input id="szukaj" name="szukaj" type="search" maxLength={200} defaultValue={values.szukaj} className={inputClass} />
      </div>
      <div>
        <label htmlFor="status" className={labelClass}>
          Status
        </label>
        <select id="status" name="status" defaultValue={values.status} className={inputClass}>
          <option value="">Wszystkie</option>
          {ticketStatuses.map((status) => (
            <option key={status} value={status}>
              {ticketStatusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="typ" className={labelClass}>
          {words.typeColumn}
        </label>
        <select id="typ" name="typ" defaultValue={values.typ} className={inputClass}>
          <option value="">Wszystkie</option>
          {tenant.ticketCategories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.label}
            </option>
          ))}
        </select>
      </div>
      <div className="grid grid-cols-2 gap-3 sm:col-span-2 lg:col-span-1">
        <div>
          <label htmlFor="od" className={labelClass}>
            Wysłane od
          </label>
          <input id="od" name="od" type="date" defaultValue={values.od} className={inputClass} />
        </div>
        <div>
          <label htmlFor="do" className={labelClass}>
            Wysłane do
          </label>
          <input id="do" name="do" type="date" defaultValue={values.do} className={inputClass} />
        </div>
      </div>
      <div className="flex flex-wrap gap-3 sm:col-span-2 lg:col-span-3">
        <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 font-semibold text-brand-contrast">
          Szukaj
        </button>
        <a href={action} className="inline-flex min-h-11 items-center rounded-md border border-line px-5 font-semibold text-ink">
          Wyczyść
        </a>
      </div>
    </form>
  );
}
