import type { ReactNode } from "react";
import { FormMessages } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/actions/form-state";
import { AttachmentsField, TextAreaField } from "@/components/tickets/ticket-fields";

/** Where each side's reply goes, what its text field is called, and its test id. */
const sides = {
  customer: { action: (id: string) => `/api/tickets/${id}/odpowiedzi`, label: "Odpowiedź", padding: "p-5", testId: "reply-form" },
  staff: { action: (id: string) => `/konsola/zgloszenia/${id}/odpowiedz`, label: "Odpowiedź dla klienta", padding: "p-4", testId: "console-reply-form" },
};

/**
 * A reply to a thread, the customer's and the office's alike: a plain multipart form (works without
 * JavaScript, carries attachments beyond the server actions' body limit). `children` stand between
 * the attachments and the button.
 */
export function ThreadReplyForm({ side, ticketId, state, children }: { side: keyof typeof sides; ticketId: string; state: FormState; children?: ReactNode }) {
  const { action, label, padding, testId } = sides[side];
  return (
    <form
      method="post"
      action={action(ticketId)}
      encType="multipart/form-data"
      noValidate
      className={`rounded-lg border border-line bg-white ${padding} sm:p-6`}
      data-testid={testId}
    >
      <FormMessages state={state} />
      <TextAreaField name="wiadomosc" label={label} state={state} required />
      <AttachmentsField state={state} />
      {children}
      <SubmitButton>Wyślij odpowiedź</SubmitButton>
    </form>
  );
}

/** The customer's reply, to /api/tickets/[id]/odpowiedzi. */
export function ReplyForm({ ticketId, state }: { ticketId: string; state: FormState }) {
  return <ThreadReplyForm side="customer" ticketId={ticketId} state={state} />;
}
