import { formatDate } from "@/lib/format";
import { dueState, OPEN_STATUSES } from "@/lib/staff/ticket-queue-params";
import type { Ticket } from "@/db/schema";

/**
 * A complaint's 14-day limit: the date, and for a ticket still waiting for the office the days left
 * in words — overdue says so in text, the colour only repeats it.
 */
export function DueLabel({ answerDueAt, status, at }: { answerDueAt: Date | null; status: Ticket["status"]; at: Date }) {
  if (!answerDueAt) return <span className="text-ink-muted">nie dotyczy</span>;
  if (!OPEN_STATUSES.includes(status)) return <span>{formatDate(answerDueAt)}</span>;
  const due = dueState(answerDueAt, at);
  return (
    <span>
      {formatDate(answerDueAt)}
      <br />
      <strong className={due.overdue ? "text-danger" : due.daysLeft <= 3 ? "text-ink" : "font-medium text-ink-muted"} data-testid="due-state">
        {due.text}
      </strong>
    </span>
  );
}
