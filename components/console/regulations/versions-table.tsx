import Link from "next/link";
import { tdClass } from "@/components/billing/card-table";
import { ConsoleTable, consoleRowClass } from "@/components/console/console-table";
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
    <ConsoleTable
      caption={`Wersje regulaminu ${tenantName}`}
      columns={["Wersja", "Tytuł", "Stan", "Obowiązuje od", "Opublikowano", { label: "Akceptacje", className: "text-right" }]}
    >
      {versions.map((v) => (
        <tr key={v.id} className={consoleRowClass} data-testid="regulation-row">
          <td data-label="Wersja" className={`${tdClass} whitespace-nowrap`}>
            <Link href={regulationHref(v.id)} className="font-semibold underline underline-offset-2">
              {v.version}
            </Link>
          </td>
          <td data-label="Tytuł" className={tdClass}>
            {v.title}
          </td>
          <td data-label="Stan" className={tdClass}>
            <RegulationStatus version={v} />
          </td>
          <td data-label="Obowiązuje od" className={`${tdClass} whitespace-nowrap`}>
            {formatDate(v.effectiveDate)}
          </td>
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
    </ConsoleTable>
  );
}
