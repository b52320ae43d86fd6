import { CardCells } from "@/components/billing/card-table";
import { CardsOrTable, consoleListCardClass, ConsoleTable, consoleRowClass } from "@/components/console/console-table";
import { formatDateTime } from "@/lib/format";
import { detailKeyLabels } from "@/lib/staff/audit-labels";
import type { AuditRow } from "@/lib/staff/audit-view";
import { tenantById } from "@/lib/tenant/registry";

function Details({ details }: { details: AuditRow["details"] }) {
  if (details.length === 0) return <>—</>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2">
      {details.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-ink-muted">{detailKeyLabels[key] ?? key}</dt>
          <dd className="wrap-anywhere">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const tenantName = (id: string | null) => (id ? (tenantById(id)?.names.product ?? id) : "—");

/**
 * The log's rows; times in Europe/Warsaw, the action in words with its code under it. A table from
 * tablet width up; on a phone each event is a card of its own (no sideways scrolling to read one).
 */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <CardsOrTable
      label="Zdarzenia, od najnowszych"
      ordered
      table={<AuditWideTable rows={rows} />}
      cards={rows.map((r) => (
        <li key={r.id} className={consoleListCardClass} data-testid="audit-card">
          <p className="text-sm text-ink-muted">
            {formatDateTime(r.at)} · {tenantName(r.tenantId)}
          </p>
          <p className="mt-1 font-semibold">
            {r.actionLabel} <code className="text-xs font-normal text-ink-muted">{r.action}</code>
          </p>
          <dl className="mt-2 grid grid-cols-[6rem_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-ink-muted">Kto</dt>
            <dd className="wrap-anywhere">{r.who}</dd>
            <dt className="text-ink-muted">Czego dotyczy</dt>
            <dd className="wrap-anywhere">{r.target ?? "—"}</dd>
            <dt className="text-ink-muted">Adres IP</dt>
            <dd>{r.ip ?? "—"}</dd>
          </dl>
          {r.details.length > 0 ? (
            <div className="mt-2 border-t border-line pt-2 text-sm">
              <Details details={r.details} />
            </div>
          ) : null}
        </li>
      ))}
    />
  );
}

const auditColumns = ["Kiedy", "Sprzedawca", "Kto", "Zdarzenie", "Czego dotyczy", "Adres IP", "Szczegóły"];

function AuditWideTable({ rows }: { rows: AuditRow[] }) {
  return (
    <ConsoleTable caption="Zdarzenia, od najnowszych" columns={auditColumns} testId="audit-table">
      {rows.map((r) => (
        <tr key={r.id} className={consoleRowClass} data-testid="audit-row">
          <CardCells
            cells={[
              { label: "Kiedy", className: "whitespace-nowrap", content: formatDateTime(r.at) },
              { label: "Sprzedawca", content: tenantName(r.tenantId) },
              { label: "Kto", className: "max-w-56 wrap-anywhere", content: r.who },
              {
                label: "Zdarzenie",
                content: (
                  <>
                    {r.actionLabel}
                    <code className="block text-xs text-ink-muted">{r.action}</code>
                  </>
                ),
              },
              { label: "Czego dotyczy", className: "max-w-56 wrap-anywhere", content: r.target ?? "—" },
              { label: "Adres IP", className: "whitespace-nowrap", content: r.ip ?? "—" },
              { label: "Szczegóły", className: "max-w-72 text-sm", content: <Details details={r.details} /> },
            ]}
          />
        </tr>
      ))}
    </ConsoleTable>
  );
}
