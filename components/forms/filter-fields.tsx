import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";

/**
 * The fields of the GET filter forms (the console's queue, log and customer search; the portal's ticket
 * search): plain labelled controls whose values come from the URL, so a filtered view is a link and
 * needs no JavaScript.
 */
export const filterInputClass = "mt-1 block w-full rounded-md border border-line bg-white px-3 py-2.5 text-base text-ink shadow-sm aria-invalid:border-danger";
export const filterLabelClass = "block text-sm font-semibold text-ink";

/** The form itself: GET to `action`, a search landmark named by `label`, a white card laid out as a grid (`className` adds the layout). */
export function FilterForm({ action, label, className, children }: { action: string; label: string; className: string; children: ReactNode }) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className={`grid gap-4 rounded-lg border border-line bg-white ${className}`}>
      {children}
    </form>
  );
}

/** A labelled input whose id and name are `name`; the other props go to the input. */
export function FilterInput({ name, label, className, ...input }: { name: string; label: ReactNode } & Omit<ComponentProps<"input">, "id" | "name">) {
  return (
    <div className={className}>
      <label htmlFor={name} className={filterLabelClass}>
        {label}
      </label>
      <input id={name} name={name} className={filterInputClass} {...input} />
    </div>
  );
}

/** "od" and "do": two date inputs side by side. */
export function DateRangeFilter({ from, to, className }: { from: { label: string; value: string }; to: { label: string; value: string }; className: string }) {
  return (
    <div className={className}>
      <FilterInput name="od" label={from.label} type="date" defaultValue={from.value} />
      <FilterInput name="do" label={to.label} type="date" defaultValue={to.value} />
    </div>
  );
}

/** The submit button and the link back to the unfiltered view. */
export function FilterActions({
  href,
  submit,
  clear,
  buttonClass,
  className,
}: {
  href: string;
  submit: string;
  clear: string;
  buttonClass: string;
  className: string;
}) {
  return (
    <div className={className}>
      <button type="submit" className={`inline-flex min-h-11 items-center rounded-md font-semibold ${buttonClass}`}>
        {submit}
      </button>
      <Link href={href} className="inline-flex min-h-11 items-center rounded-md border border-line px-5 font-semibold text-ink">
        {clear}
      </Link>
    </div>
  );
}

/** A select whose first option ("any") sends an empty value: the filter is off. */
export function FilterSelect({
  name,
  label,
  value,
  any,
  options,
}: {
  name: string;
  label: ReactNode;
  value: string;
  any: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={name} className={filterLabelClass}>
        {label}
      </label>
      <select id={name} name={name} defaultValue={value} className={filterInputClass}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
