import Link from "next/link";
import { kindLabels, statusLabels } from "@/lib/billing/labels";
import type { ListQuery } from "@/lib/billing/list-query";

const fieldClass = "mt-1 block w-full rounded-md border border-line bg-white px-3 py-2.5 text-base text-ink shadow-sm";
const labelClass = "block text-sm font-semibold text-ink";

/**
 * The filters as a GET form: the browser builds the query string itself, so filtering works
 * without JavaScript and every filtered view is a link. The sort is carried along in hidden fields.
 */
export function DocumentFilters({ path, query, contracts }: { path: string; query: ListQuery; contracts: { id: string; number: string }[] }) {
  return (
    <form method="get" action={path} className="mt-6 rounded-lg border border-line bg-white p-4 shadow-xs sm:p-5" aria-labelledby="filters-title" data-testid="filters">
      <h2 id="filters-title" className="text-lg font-semibold">
        Filtry
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <div>
          <label htmlFor="rodzaj" className={labelClass}>Rodzaj</label>
          <select id="rodzaj" name="rodzaj" defaultValue={query.kind ?? ""} className={fieldClass}>
            <option value="">Wszystkie</option>
            {Object.entries(kindLabels).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="status" className={labelClass}>Status</label>
          <select id="status" name="status" defaultValue={query.status ?? ""} className={fieldClass}>
            <option value="">Wszystkie</option>
            {Object.entries(statusLabels).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="od" className={labelClass}>Wystawione od</label>
          <input id="od" name="od" type="date" defaultValue={query.from ?? ""} className={fieldClass} />
        </div>
        <div>
          <label htmlFor="do" className={labelClass}>Wystawione do</label>
          <input id="do" name="do" type="date" defaultValue={query.to ?? ""} className={fieldClass} />
        </div>
        <div>
          <label htmlFor="umowa" className={labelClass}>Umowa</label>
          <select id="umowa" name="umowa" defaultValue={query.contract ?? ""} className={fieldClass}>
            <option value="">Wszystkie</option>
            {contracts.map((c) => <option key={c.id} value={c.id}>{c.number}</option>)}
          </select>
        </div>
      </div>
      <input type="hidden" name="sortuj" value={query.sort} />
      <input type="hidden" name="kierunek" value={query.dir} />
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-brand-contrast hover:opacity-90">
          Filtruj
        </button>
        <Link href={path}>Wyczyść filtry</Link>
      </div>
    </form>
  );
}
