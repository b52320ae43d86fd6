import type { Tenant } from "@/lib/tenant/schema";
import { ticketStatusLabels, ticketStatuses, type TicketWords } from "@/lib/tickets/labels";
import { DateRangeFilter, FilterActions, FilterForm, FilterInput, FilterSelect } from "@/components/forms/filter-fields";

/** "Wyszukiwanie zaawansowane": a GET form, so results are a plain URL and work without JavaScript. */
export function SearchForm({ tenant, words, values, action }: { tenant: Tenant; words: TicketWords; values: Record<string, string>; action: string }) {
  const statusOptions = ticketStatuses.map((status) => ({ value: status, label: ticketStatusLabels[status] }));
  const categoryOptions = tenant.ticketCategories.map((category) => ({ value: category.id, label: category.label }));
  return (
    <FilterForm action={action} label={words.search} className="mb-6 p-5 sm:grid-cols-2 lg:grid-cols-3">
      <FilterInput
        name="szukaj"
        label="Szukaj w temacie i treści"
        type="search"
        maxLength={200}
        defaultValue={values.szukaj}
        className="sm:col-span-2 lg:col-span-3"
      />
      <FilterSelect name="status" label="Status" value={values.status ?? ""} any="Wszystkie" options={statusOptions} />
      <FilterSelect name="typ" label={words.typeColumn} value={values.typ ?? ""} any="Wszystkie" options={categoryOptions} />
      <DateRangeFilter
        from={{ label: "Wysłane od", value: values.od ?? "" }}
        to={{ label: "Wysłane do", value: values.do ?? "" }}
        className="grid grid-cols-2 gap-3 sm:col-span-2 lg:col-span-1"
      />
      <FilterActions
        href={action}
        submit="Szukaj"
        clear="Wyczyść"
        buttonClass="bg-brand px-5 text-brand-contrast"
        className="flex flex-wrap gap-3 sm:col-span-2 lg:col-span-3"
      />
    </FilterForm>
  );
}
