import { FormMessages } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/actions/form-state";
import { AttachmentsField, TextAreaField } from "@/components/tickets/ticket-fields";

/** The reply of a thread: a plain multipart form to /api/tickets/[id]/odpowiedzi (works without JS). */
export function ReplyForm({ ticketId, state }: { ticketId: string; state: FormState }) {
  return (
    <form
      method="post"
      action={`/api/tickets/${ticketId}/odpowiedzi`}
      encType="multipart/form-data"
      noValidate
      className="rounded-lg border border-line bg-white p-5 sm:p-6"
      data-testid="reply-form"
    >
      <FormMessages state={state} />
      <TextAreaField name="wiadomosc" label="Odpowiedź" state={state} required />
      <AttachmentsField state={state} />
      <SubmitButton>Wyślij odpowiedź</SubmitButton>
    </form>
  );
}
