/**
 * The fields of the console's GET filter forms (queue, log, customer search): plain labelled
 * controls whose values come from the URL, so a filtered view is a link and needs no JavaScript.
 */
export const filterInputClass = "mt-1 block w-full rounded-md border border-line bg-white px-3 py-2.5 text-base text-ink shadow-sm aria-invalid:border-danger";
export const filterLabelClass = "block text-sm font-semibold text-ink";

/** A select whose first option ("any") sends an empty value: the filter is off. */
export function FilterSelect({
  name,
  label,
  value,
  any,
  options,
}: {
  name: string;
  label: string;
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
