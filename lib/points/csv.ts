import type { ConsumptionHistory } from "@/lib/points/consumption";
import { csvQuantity } from "@/lib/points/quantity";

/**
 * The consumption table as Polish Excel opens it by double-click: UTF-8 with a BOM (or Excel shows
 * "Å¼" for "ż"), ";" between fields and a decimal comma (a "," separator would split 12,5 in two).
 */
const BOM = "\ufeff";

const cell = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function consumptionCsv(history: ConsumptionHistory): string {
  const header = ["Miesiąc", `Zużycie (${history.unit})`, "Miesiąc rok wcześniej", `Zużycie rok wcześniej (${history.unit})`, "Zmiana (%)"];
  const lines = history.months.map((row) => [
    row.month,
    row.current === null ? "" : csvQuantity(row.current),
    row.previousMonth,
    row.previous === null ? "" : csvQuantity(row.previous),
    row.changePercent === null ? "" : String(row.changePercent).replace(".", ","),
  ]);
  return BOM + [header, ...lines].map((fields) => fields.map(cell).join(";")).join("\r\n") + "\r\n";
}
