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
    <form
      method="get"
      action={path}
      className="mt-6 rounded-lg border border-line bg-white p-4 shadow-xs sm:p-5"
      aria-labelledby="filters-title"
      data-testid="filters"
    >
      <h2 id="filters-title" className="text-lg font-semibold">
        Filtry
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <FilterSelect name="rodzaj" label="Rodzaj" value={query.kind} options={Object.entries(kindLabels)} />
        <FilterSelect name="status" label="Status" value={query.status} options={Object.entries(statusLabels)} />
        <FilterDate name="od" label="Wystawione od" value={query.from} />
        <FilterDate name="do" label="Wystawione do" value={query.to} />
        <FilterSelect name="umowa" label="Umowa" value={query.contract} options={contracts.map((c) => [c.id, c.number])} />
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

/** A filter of the list: "Wszystkie" first, then the options as [value, label]. */
function FilterSelect({ name, label, value, options }: { name: string; label: string; value?: string | null; options: [string, string][] }) {
  return (
    <div>
      <label htmlFor={name} className={labelClass}>
        {label}
      </label>
      <select id={name} name={name} defaultValue={value ?? ""} className={fieldClass}>
        <option value="">Wszystkie</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

function FilterDate({ name, label, value }: { name: string; label: string; value?: string | null }) {
  return (
    <div>
      <label htmlFor={name} className={labelClass}>
        {label}
      </label>
      <input id={name} name={name} type="date" defaultValue={value ?? ""} className={fieldClass} />
    </div>
  );
}
