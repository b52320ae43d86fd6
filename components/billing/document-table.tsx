import Link from "next/link";
import type { CustomerDocument } from "@/lib/billing/documents";
import { kindLabels } from "@/lib/billing/labels";
import { listHref, type ListQuery, type SortKey } from "@/lib/billing/list-query";
import { formatAmount, formatDate } from "@/lib/format";
import { StatusBadge } from "@/components/billing/status-badge";
import { ScrollRegion, tdClass, thClass } from "@/components/billing/scroll-region";

export const documentHref = (id: string) => `/faktury/${encodeURIComponent(id)}`;
export const pdfHref = (id: string) => `${documentHref(id)}/pdf`;

type Sorting = { path: string; query: ListQuery };

/** A header that sorts by its column: a link (works without JS) and aria-sort on the sorted one. */
function SortHeader({ label, sortKey, sorting, className = "" }: { label: string; sortKey: SortKey; sorting?: Sorting; className?: string }) {
  if (!sorting) return <th scope="col" className={`${thClass} ${className}`}>{label}</th>;
  const active = sorting.query.sort === sortKey;
  const nextDir = active && sorting.query.dir === "desc" ? "asc" : "desc";
  return (
    <th scope="col" className={`${thClass} ${className}`} aria-sort={active ? (sorting.query.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={listHref(sorting.path, sorting.query, { sort: sortKey, dir: nextDir, page: 1 })} className="inline-flex items-center gap-1">
        {label}
        <span aria-hidden="true">{active ? (sorting.query.dir === "asc" ? "▲" : "▼") : "↕"}</span>
        <span className="sr-only">{nextDir === "asc" ? " — sortuj rosnąco" : " — sortuj malejąco"}</span>
      </Link>
    </th>
  );
}

/** The customer's documents; with `sorting` the date and amount headers sort the list. */
export function DocumentTable({ rows, caption, sorting }: { rows: CustomerDocument[]; caption: string; sorting?: Sorting }) {
  return (
    <ScrollRegion label={caption}>
      <table className="w-full min-w-[52rem] border-collapse text-left" data-testid="documents">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-surface">
          <tr>
            <th scope="col" className={thClass}>Numer i plik</th>
            <th scope="col" className={thClass}>Rodzaj</th>
            <SortHeader label="Data wystawienia" sortKey="issue" sorting={sorting} />
            <SortHeader label="Termin płatności" sortKey="due" sorting={sorting} />
            <SortHeader label="Kwota brutto" sortKey="amount" sorting={sorting} className="text-right" />
            <th scope="col" className={thClass}>Status</th>
            <th scope="col" className={thClass}>Umowa</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((doc) => (
            <tr key={doc.id} className="border-b border-line last:border-b-0" data-testid="document-row">
              <td className={tdClass}>
                <Link href={documentHref(doc.id)} className="font-semibold whitespace-nowrap">
                  {doc.number}
                </Link>
                <a href={pdfHref(doc.id)} className="mt-1 block text-sm whitespace-nowrap">
                  Pobierz PDF<span className="sr-only"> dokumentu {doc.number}</span>
                </a>
              </td>
              <td className={tdClass}>{kindLabels[doc.kind]}</td>
              <td className={`${tdClass} whitespace-nowrap`}>{formatDate(doc.issueDate)}</td>
              <td className={`${tdClass} whitespace-nowrap`}>{formatDate(doc.dueDate)}</td>
              <td className={`${tdClass} text-right whitespace-nowrap`}>{formatAmount(doc.gross)}</td>
              <td className={tdClass}>
                <StatusBadge status={doc.status} gross={doc.gross} remaining={doc.remaining} />
              </td>
              <td className={`${tdClass} min-w-24 wrap-anywhere`}>{doc.contractNumber ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
