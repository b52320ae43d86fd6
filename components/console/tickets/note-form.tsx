"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { FormMessages } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/tickets/ticket-fields";

/** An internal note: stays in the office, never shown to the customer and never e-mailed. */
export function NoteForm({ action: addNote, ticketId }: { action: FormAction; ticketId: string }) {
  const [state, action] = useActionState(addNote, initialFormState);
  return (
    <form action={action} noValidate className="rounded-lg border-2 border-dashed border-amber-600 bg-amber-50 p-4 sm:p-5" data-testid="note-form">
      <FormMessages state={state} />
      <input type="hidden" name="zgloszenie" value={ticketId} />
      <TextAreaField name="notatka" label="Treść notatki (niewidoczna dla klienta)" state={state} required />
      <SubmitButton>Dodaj notatkę</SubmitButton>
    </form>
  );
}
