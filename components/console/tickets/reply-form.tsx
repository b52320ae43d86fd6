import { FormMessages, SelectField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/actions/form-state";
import { ticketStatusLabels } from "@/lib/tickets/labels";
import { replyStatuses } from "@/lib/staff/ticket-replies";
import { AttachmentsField, TextAreaField } from "@/components/tickets/ticket-fields";

/**
 * The reply to the customer: a plain multipart form to the thread's /odpowiedz route (works without
 * JavaScript, carries attachments beyond the server actions' body limit); errors come back by cookie.
 */
export function ConsoleReplyForm({ ticketId, state, hasAccount }: { ticketId: string; state: FormState; hasAccount: boolean }) {
  const statuses = replyStatuses.map((status) => ({ value: status, label: ticketStatusLabels[status] }));
  return (
    <form
      method="post"
      action={`/konsola/zgloszenia/${ticketId}/odpowiedz`}
      encType="multipart/form-data"
      noValidate
      className="rounded-lg border border-line bg-white p-4 sm:p-6"
      data-testid="console-reply-form"
    >
      <FormMessages state={state} />
      <TextAreaField name="wiadomosc" label="Odpowiedź dla klienta" state={state} required />
      <AttachmentsField state={state} />
      <SelectField name="statusPoOdpowiedzi" label="Status po wysłaniu" state={state} options={statuses} defaultValue="answered" />
      <p className="mb-4 text-sm text-ink-muted">
        {hasAccount
          ? "Klient zobaczy odpowiedź w portalu jako nieprzeczytaną i dostanie e-mail z powiadomieniem (bez treści odpowiedzi)."
          : "Klient nie ma aktywnego konta w portalu: odpowiedź zostanie zapisana, ale e-mail nie zostanie wysłany."}
      </p>
      <SubmitButton>Wyślij odpowiedź</SubmitButton>
    </form>
  );
}
