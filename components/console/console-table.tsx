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

/** A card of the phone-width list (one per row of the table). */
export const consoleListCardClass = "rounded-lg border border-line bg-white p-4 shadow-xs";

/**
 * A list that is a table from tablet width up and a card per row on a phone (the cards say more per
 * line than the card table of 64rem would). `cards` are the list items; `ordered` when the order matters.
 */
export function CardsOrTable({ label, ordered, cards, table }: { label: string; ordered?: boolean; cards: ReactNode; table: ReactNode }) {
  const List = ordered ? "ol" : "ul";
  return (
    <>
      <List className="mt-4 grid gap-3 md:hidden" aria-label={label}>
        {cards}
      </List>
      <div className="hidden md:block">{table}</div>
    </>
  );
}
