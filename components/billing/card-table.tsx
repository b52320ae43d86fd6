import { Fragment, type ReactNode } from "react";

/**
 * The frame of a list. Its table carries `cardTableClass`: a table from 64rem up and a stack of
 * cards below (app/globals.css), so nothing scrolls sideways at phone width — every cell names its
 * column with `data-label`. One markup for both widths, so each form control exists once.
 */
export function TableFrame({ children }: { children: ReactNode }) {
  return <div className="relative mt-4 rounded-lg border border-line bg-white shadow-xs">{children}</div>;
}

export const cardTableClass = "card-table w-full border-collapse text-left";
// From 64rem narrower side padding (wider at the ends), so eight columns fit the portal's width.
export const thClass = "px-3 py-3 text-left align-bottom text-sm font-semibold lg:px-2 lg:first:pl-3 lg:last:pr-3";
export const tdClass = "px-3 py-1.5 align-top lg:px-2 lg:py-3 lg:first:pl-3 lg:last:pr-3";

/** A number cell: right-aligned in the table, never broken inside the number. */
export const numberTdClass = `${tdClass} lg:text-right whitespace-nowrap`;

/** The heading row of a card table; `right` marks a number column. */
export function CardTableHead({ columns }: { columns: readonly { title: string; right?: boolean }[] }) {
  return (
    <thead className="border-b border-line bg-surface">
      <tr>
        {columns.map((c) => (
          <th key={c.title} scope="col" className={c.right ? `${thClass} text-right` : thClass}>
            {c.title}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A cell of a card table; `label` names its column on the card at phone width. */
export function CardCell({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <td className={className ? `${tdClass} ${className}` : tdClass} data-label={label}>
      {children}
    </td>
  );
}

/** The cells of one row, in column order; a cell's `content` is what it shows. */
export function CardCells({ cells }: { cells: { label: string; className?: string; content: ReactNode }[] }) {
  return cells.map((cell) => (
    <CardCell key={cell.label} label={cell.label} className={cell.className}>
      {cell.content}
    </CardCell>
  ));
}

/**
 * A long number ("FV/2026/11/000123456/KOR") may break after its separators, never in the middle of
 * a part: word-break opportunities after "/", "-", "_" and ".".
 */
export function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[/_.-])/);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}
