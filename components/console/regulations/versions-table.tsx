import Link from "next/link";
import { cardTableClass, TableFrame, tdClass, thClass } from "@/components/billing/card-table";
import { formatDate, formatDateTime } from "@/lib/format";
import type { RegulationRow } from "@/lib/regulations/publishing";

export const regulationHref = (id: string) => `/konsola/regulaminy/${id}`;

export function RegulationStatus({ version }: { version: Pick<RegulationRow, "status" | "current"> }) {
  if (version.status === "draft") return <span className="inline-flex rounded-full border border-line bg-surface px-2 py-0.5 text-sm font-medium">Szkic</span>;
  return (
    <span className="inline-flex rounded-full border border-ink bg-white px-2 py-0.5 text-sm font-medium">
      Opublikowany{version.current ? " · obowiązuje" : ""}
    </span>
  );
}

/** One tenant's versions: drafts first, then published ones by effective date. */
export function RegulationVersionsTable({ tenantName, versions }: { tenantName: string; versions: RegulationRow[] }) {
  return (
    <TableFrame>
      <table className={cardTableClass}>
        <caption className="sr-only">Wersje regulaminu {tenantName}</caption>
        <thead className="border-b border-line bg-surface">
          <tr>
            <th scope="col" className={thClass}>Wersja</th>
            <th scope="col" className={thClass}>Tytuł</th>
            <th scope="col" className={thClass}>Stan</th>
            <th scope="col" className={thClass}>Obowiązuje od</th>
            <th scope="col" className={thClass}>Opublikowano</th>
            <th scope="col" className={`${thClass} text-right`}>Akceptacje</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id} className="border-b border-line last:border-b-0" data-testid="regulation-row">
              <td data-label="Wersja" className={`${tdClass} whitespace-nowrap`}>
                <Link href={regulationHref(v.id)} className="font-semibold underline underline-offset-2">
                  {v.version}
                </Link>
              </td>
              <td data-label="Tytuł" className={tdClass}>{v.title}</td>
              <td data-label="Stan" className={tdClass}>
                <RegulationStatus version={v} />
              </td>
              <td data-label="Obowiązuje od" className={`${tdClass} whitespace-nowrap`}>{formatDate(v.effectiveDate)}</td>
              <td data-label="Opublikowano" className={`${tdClass} text-sm`}>
                {v.publishedAt ? (
                  <>
                    {formatDateTime(v.publishedAt)}
                    <br />
                    <span className="text-ink-muted wrap-anywhere">{v.publishedByEmail ?? "z pliku sprzedawcy"}</span>
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td data-label="Akceptacje" className={`${tdClass} tabular-nums lg:text-right`} data-testid="acceptances">
                {v.status === "published" ? v.acceptances : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
