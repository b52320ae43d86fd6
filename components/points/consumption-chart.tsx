import { narrowLayout, renderGroupedBarChart, wideLayout } from "@/lib/charts/grouped-bar-chart";
import type { ConsumptionHistory } from "@/lib/points/consumption";
import { monthAbbreviation, monthLabel } from "@/lib/points/months";
import { formatQuantity, unitLabel } from "@/lib/format";

export const seriesNames = { current: "bieżący okres", previous: "rok wcześniej" } as const;

/**
 * The consumption chart, drawn on the server as inline SVG (no chart code in the browser). The
 * markup is our own renderer's output with every text escaped, so inserting it is safe.
 */
export function ConsumptionChart({ history, pointCode }: { history: ConsumptionHistory; pointCode: string }) {
  const unit = unitLabel(history.unit);
  const first = history.months[0]!.month;
  const last = history.months[history.months.length - 1]!.month;
  const chart = {
    title: `Zużycie w punkcie ${pointCode} (${unit}), ${monthLabel(first)} – ${monthLabel(last)}`,
    description: `Wykres słupkowy: dla każdego miesiąca zużycie w bieżącym okresie i w tym samym miesiącu rok wcześniej. Dokładne wartości są w tabeli pod wykresem.`,
    unit,
    series: [
      { name: seriesNames.current, look: "solid" as const },
      { name: seriesNames.previous, look: "hatched" as const },
    ],
    groups: history.months.map((row) => ({
      label: monthAbbreviation(row.month),
      values: [row.current === null ? null : Number(row.current), row.previous === null ? null : Number(row.previous)],
      titles: [
        `${monthLabel(row.month)}: ${row.current === null ? "brak danych" : `${formatQuantity(row.current)} ${unit}`}`,
        `${monthLabel(row.previousMonth)}: ${row.previous === null ? "brak danych" : `${formatQuantity(row.previous)} ${unit}`}`,
      ],
    })),
  };
  // Two drawings of the same data; CSS shows one (display:none also hides the other from screen readers).
  const svg =
    renderGroupedBarChart({ ...chart, id: "consumption-chart-narrow", layout: narrowLayout, className: "sm:hidden" }) +
    renderGroupedBarChart({ ...chart, id: "consumption-chart-wide", layout: wideLayout, className: "hidden sm:block" });
  return <div className="text-ink" data-testid="consumption-chart" dangerouslySetInnerHTML={{ __html: svg }} />;
}
