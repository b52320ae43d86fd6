import { SelectField } from "@/components/forms/fields";
import type { FormState } from "@/lib/actions/form-state";
import { ticketStatusLabels } from "@/lib/tickets/labels";
import { replyStatuses } from "@/lib/staff/ticket-replies";
import { ThreadReplyForm } from "@/components/tickets/reply-form";

/**
 * The reply to the customer: a plain multipart form to the thread's /odpowiedz route (works without
 * JavaScript, carries attachments beyond the server actions' body limit); errors come back by cookie.
 */
export function ConsoleReplyForm({ ticketId, state, hasAccount }: { ticketId: string; state: FormState; hasAccount: boolean }) {
  const statuses = replyStatuses.map((status) => ({ value: status, label: ticketStatusLabels[status] }));
  return (
    <ThreadReplyForm side="staff" ticketId={ticketId} state={state}>
      <SelectField name="statusPoOdpowiedzi" label="Status po wysłaniu" state={state} options={statuses} defaultValue="answered" />
      <p className="mb-4 text-sm text-ink-muted">
        {hasAccount
          ? "Klient zobaczy odpowiedź w portalu jako nieprzeczytaną i dostanie e-mail z powiadomieniem (bez treści odpowiedzi)."
          : "Klient nie ma aktywnego konta w portalu: odpowiedź zostanie zapisana, ale e-mail nie zostanie wysłany."}
      </p>
    </ThreadReplyForm>
  );
}
