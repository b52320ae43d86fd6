import { formatDate, formatQuantity, unitLabel } from "@/lib/format";
import type { ReadingRow } from "@/lib/meters/queries";
import { readingSourceLabels, readingZoneLabels } from "@/lib/meters/reading-form";

const cell = "border-b border-line px-3 py-2";
const readingColumns = ["Data", "Wskazanie", "Jednostka", "Strefa", "Źródło"];

/**
 * The meter's readings, newest first: a table from the sm breakpoint, a list on a phone where five
 * columns do not fit. CSS shows one; display:none hides the other from screen readers too.
 */
export function ReadingsTable({ id, caption, readings }: { id: string; caption: string; readings: ReadingRow[] }) {
  if (readings.length === 0) return <p className="mt-3">Brak odczytów tego licznika.</p>;
  return (
    <>
      <h3 id={`${id}-list-title`} className="mt-4 font-semibold text-ink sm:hidden">
        {caption}
      </h3>
      <ul className="mt-2 divide-y divide-line border-y border-line sm:hidden" aria-labelledby={`${id}-list-title`} data-testid="readings-list">
        {readings.map((r) => (
          <li key={r.id} className="py-2">
            <span className="font-medium">{formatDate(r.date)}</span> — <span className="font-medium tabular-nums">{formatQuantity(r.value)}</span>{" "}
            {unitLabel(r.unit)}
            <span className="block text-sm text-ink-muted">
              strefa {readingZoneLabels[r.zone]} · odczyt {readingSourceLabels[r.source]}
            </span>
          </li>
        ))}
      </ul>
      <ReadingsGrid id={id} caption={caption} readings={readings} />
    </>
  );
}

function ReadingsGrid({ id, caption, readings }: { id: string; caption: string; readings: ReadingRow[] }) {
  return (
    <div className="mt-4 hidden sm:block">
      <table className="w-full border-collapse text-left text-sm tabular-nums" data-testid="readings">
        <caption id={`${id}-caption`} className="mb-2 text-left font-semibold text-ink">
          {caption}
        </caption>
        <thead>
          <tr className="text-ink-muted">
            {readingColumns.map((column) => (
              <th key={column} scope="col" className={column === "Wskazanie" ? `${cell} text-right` : cell}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {readings.map((r) => (
            <tr key={r.id} data-source={r.source}>
              <td className={`${cell} whitespace-nowrap`}>{formatDate(r.date)}</td>
              <td className={`${cell} text-right whitespace-nowrap`}>{formatQuantity(r.value)}</td>
              <td className={cell}>{unitLabel(r.unit)}</td>
              <td className={cell}>{readingZoneLabels[r.zone]}</td>
              <td className={cell}>{readingSourceLabels[r.source]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
