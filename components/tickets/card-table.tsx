import type { ReactNode } from "react";

/**
 * The ticket lists (the customer's and the staff queue): at phone width each row becomes a card of
 * "label: value" lines (the label from data-label), so the subject is never cut off in a
 * sideways-scrolling table; from 640 px it is a table.
 */
const th = "px-2 py-2 text-left font-semibold sm:px-3";

/** A cell's classes; the label column is as wide as the longest label of the table. */
export const cardCell = {
  narrow:
    "px-2 py-2 align-top sm:px-3 max-sm:flex max-sm:gap-3 max-sm:py-0.5 max-sm:before:w-32 max-sm:before:shrink-0 max-sm:before:font-semibold max-sm:before:text-ink-muted max-sm:before:content-[attr(data-label)]",
  wide: "px-2 py-2 align-top sm:px-3 max-sm:flex max-sm:gap-3 max-sm:py-0.5 max-sm:before:w-36 max-sm:before:shrink-0 max-sm:before:font-semibold max-sm:before:text-ink-muted max-sm:before:content-[attr(data-label)]",
} as const;

export const cardRow = "border-b border-line last:border-0 max-sm:block max-sm:py-2";

export function CardTable({
  testId,
  caption,
  columns,
  children,
}: {
  testId: string;
  caption: string;
  columns: { label: string; right?: boolean }[];
  children: ReactNode;
}) {
  return (
    <div className="relative rounded-lg border border-line bg-white">
      <table className="w-full border-collapse text-sm max-sm:block" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-surface max-sm:sr-only max-sm:block">
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={column.right ? `${th} text-right` : th}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="max-sm:block">{children}</tbody>
      </table>
    </div>
  );
}

/** "Nieprzeczytane": the count of messages the reader has not opened, in red when there are any. */
export function UnreadCell({ cell, count, testId }: { cell: string; count: number; testId: string }) {
  return (
    <td className={`${cell} sm:text-right`} data-label="Nieprzeczytane" data-testid={testId}>
      {count > 0 ? <strong className="text-danger">{count}</strong> : 0}
    </td>
  );
}
