import type { ReactNode } from "react";
import { cardTableClass, TableFrame, thClass } from "@/components/billing/card-table";

/** A column heading: its text, or its text with extra classes (e.g. right-aligned numbers). */
export type ConsoleColumn = string | { label: ReactNode; className?: string };

/** Each row of a console table; the last one has no border of its own (the frame has one). */
export const consoleRowClass = "border-b border-line last:border-b-0";

/**
 * The console's lists: the card table of components/billing/card-table.tsx (a table from 64rem up,
 * cards below) with a caption for screen readers and one heading a column; the rows are the children.
 */
export function ConsoleTable({ caption, columns, testId, children }: { caption: string; columns: ConsoleColumn[]; testId?: string; children: ReactNode }) {
  return (
    <TableFrame>
      <table className={cardTableClass} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-surface">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={typeof column === "string" || !column.className ? thClass : `${thClass} ${column.className}`}>
                {typeof column === "string" ? column : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableFrame>
  );
}
