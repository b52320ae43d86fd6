import type { FormAction } from "@/lib/actions/form-state";
import { formatDate, formatDateTime } from "@/lib/format";
import { ButtonForm } from "@/components/forms/button-form";
import type { DelegateAction, DelegateRow } from "@/lib/delegates/delegations";
import { auditActionLabel, DELEGATE_ROLE_LABELS, DELEGATE_STATUS_LABELS } from "@/lib/delegates/labels";

/**
 * A customer's delegates: who, with which role, since when and in what state; "Odwołaj" while live.
 * The holder's page and the console's customer screen (which adds the customer to the form: `fields`).
 */
export function DelegatesList({
  delegates,
  revoke,
  fields = {},
  empty,
}: {
  delegates: DelegateRow[];
  revoke: FormAction;
  fields?: Record<string, string>;
  empty: string;
}) {
  if (delegates.length === 0) return <p className="text-ink-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-line" data-testid="delegates-list">
      {delegates.map((d) => (
        <li key={d.id} className="flex flex-col gap-2 py-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0">
            <p className="font-semibold break-all">{d.delegateName ? `${d.delegateName} (${d.email})` : d.email}</p>
            <p className="text-sm text-ink-muted">
              {DELEGATE_ROLE_LABELS[d.role]} · {DELEGATE_STATUS_LABELS[d.status]} · zaproszono {formatDate(d.createdAt)}
            </p>
          </div>
          {/* Stays mounted without its button once revoked, so the answer stays on the page. */}
          <ButtonForm
            action={revoke}
            fields={{ ...fields, delegation: d.id }}
            testId={`revoke-${d.id}`}
            button={d.status === "active" || d.status === "invited" ? "Odwołaj" : null}
          />
        </li>
      ))}
    </ul>
  );
}

/** What the delegates did for this customer (audited with both identities), newest first. */
export function DelegateActionsList({ actions }: { actions: DelegateAction[] }) {
  if (actions.length === 0) return <p className="text-ink-muted">Pełnomocnicy nie wykonali jeszcze żadnych działań.</p>;
  return (
    <ul className="divide-y divide-line text-sm" data-testid="delegate-actions">
      {actions.map((a, i) => (
        <li key={i} className="flex flex-col py-2 sm:flex-row sm:gap-4">
          <span className="shrink-0 text-ink-muted">{formatDateTime(a.at)}</span>
          <span className="break-all">
            {auditActionLabel(a.action)} — {a.delegateEmail ?? "pełnomocnik"}
          </span>
        </li>
      ))}
    </ul>
  );
}
