import Link from "next/link";
import type { CustomerDocument } from "@/lib/billing/documents";
import { kindLabels } from "@/lib/billing/labels";
import { listHref, type ListQuery, type SortKey } from "@/lib/billing/list-query";
import { formatAmount, formatDate } from "@/lib/format";
import { StatusBadge } from "@/components/billing/status-badge";
import { Breakable, CardCells, cardTableClass, TableFrame, tdClass, thClass } from "@/components/billing/card-table";
import { payHref } from "@/lib/payments/links";

export const documentHref = (id: string) => `/faktury/${encodeURIComponent(id)}`;
export const pdfHref = (id: string) => `${documentHref(id)}/pdf`;

type Sorting = { path: string; query: ListQuery };

/** A header that sorts by its column: a link (works without JS) and aria-sort on the sorted one. */
function SortHeader({ label, sortKey, sorting, className = "" }: { label: string; sortKey: SortKey; sorting?: Sorting; className?: string }) {
  if (!sorting)
    return (
      <th scope="col" className={`${thClass} ${className}`}>
        {label}
      </th>
    );
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

const payable = (doc: CustomerDocument) => doc.gross > 0 && doc.remaining > 0;

/**
 * The customer's documents; with `sorting` the date and amount headers sort the list. With
 * `payForm` (online payment offered) each open document has "Zapłać" and a checkbox that belongs to
 * that form (the `form` attribute), so several can be paid at once — without JavaScript too.
 */
export function DocumentTable({ rows, caption, sorting, payForm }: { rows: CustomerDocument[]; caption: string; sorting?: Sorting; payForm?: string }) {
  return (
    <TableFrame>
      <table className={cardTableClass} data-testid="documents">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-surface">
          <tr>
            <th scope="col" className={thClass}>
              Numer i plik
            </th>
            <th scope="col" className={thClass}>
              Rodzaj
            </th>
            <SortHeader label="Data wystawienia" sortKey="issue" sorting={sorting} />
            <SortHeader label="Termin płatności" sortKey="due" sorting={sorting} />
            <SortHeader label="Kwota brutto" sortKey="amount" sorting={sorting} className="text-right" />
            <th scope="col" className={thClass}>
              Status
            </th>
            <th scope="col" className={thClass}>
              Umowa
            </th>
            {payForm ? (
              <th scope="col" className={thClass}>
                Płatność
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((doc) => (
            <tr key={doc.id} className="border-b border-line last:border-b-0" data-testid="document-row">
              <td className={tdClass} data-label="Numer">
                <Link href={documentHref(doc.id)} className="font-semibold">
                  <Breakable text={doc.number} />
                </Link>
                <a href={pdfHref(doc.id)} className="mt-1 block text-sm whitespace-nowrap">
                  Pobierz PDF<span className="sr-only"> dokumentu {doc.number}</span>
                </a>
              </td>
              <CardCells
                cells={[
                  { label: "Rodzaj", content: kindLabels[doc.kind] },
                  { label: "Wystawiono", className: "whitespace-nowrap", content: formatDate(doc.issueDate) },
                  { label: "Termin płatności", className: "whitespace-nowrap", content: formatDate(doc.dueDate) },
                  { label: "Kwota brutto", className: "font-semibold whitespace-nowrap lg:text-right lg:font-normal", content: formatAmount(doc.gross) },
                  { label: "Status", content: <StatusBadge status={doc.status} gross={doc.gross} remaining={doc.remaining} online={doc.online} /> },
                  { label: "Umowa", className: "wrap-anywhere", content: doc.contractNumber ? <Breakable text={doc.contractNumber} /> : "—" },
                ]}
              />
              {payForm ? (
                <td className={tdClass} data-label="Płatność">
                  {payable(doc) ? (
                    <div className="flex items-center gap-3">
                      <input
                        type="checkbox"
                        name="dokument"
                        value={doc.id}
                        form={payForm}
                        id={`pay-${doc.id}`}
                        aria-label={`Wybierz do zapłaty dokument ${doc.number}`}
                        className="size-5 accent-brand"
                      />
                      <Link href={payHref([doc.id])} className="font-semibold whitespace-nowrap" data-testid="pay-document">
                        Zapłać<span className="sr-only"> dokument {doc.number}</span>
                      </Link>
                    </div>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
