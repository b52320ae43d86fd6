import type { ConsumptionHistory } from "@/lib/points/consumption";
import { monthLabel } from "@/lib/points/months";
import { formatChange, formatQuantity, unitLabel } from "@/lib/format";

const cell = "border-b border-line px-1 py-2 first:pl-0 sm:px-3 sm:first:pl-3";
const quantity = (value: string | null) => (value === null ? "—" : formatQuantity(value));

/** The chart's numbers as a table: both years per month and the change (for screen readers and for reading exact values). */
export function ConsumptionTable({ history }: { history: ConsumptionHistory }) {
  const unit = unitLabel(history.unit);
  return (
    <div className="mt-6">
      <table className="w-full border-collapse text-left text-sm tabular-nums" data-testid="consumption-table">
        <caption id="consumption-caption" className="mb-2 text-left font-semibold text-ink">
          Zużycie miesięczne ({unit}) — bieżący okres i rok wcześniej
        </caption>
        <thead>
          <tr className="text-ink-muted">
            <th scope="col" className={cell}>
              Miesiąc
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Bieżący okres
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Rok wcześniej
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Zmiana
            </th>
          </tr>
        </thead>
        <tbody>
          {history.months.map((row) => (
            <tr key={row.month} data-month={row.month}>
              <th scope="row" className={`${cell} font-medium whitespace-nowrap`}>
                {monthLabel(row.month)}
              </th>
              <td className={`${cell} text-right whitespace-nowrap`} data-testid="current">
                {quantity(row.current)}
              </td>
              <td className={`${cell} text-right whitespace-nowrap`} data-testid="previous">
                {quantity(row.previous)}
              </td>
              <td className={`${cell} text-right whitespace-nowrap`}>{formatChange(row.changePercent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
