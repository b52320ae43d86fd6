"use client";

import { useActionState } from "react";
import type { Ticket } from "@/db/schema";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { ticketStatusLabels, ticketStatuses } from "@/lib/tickets/labels";
import { FormMessages, SelectField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";

/** The ticket's status on its own, e.g. "W trakcie" while checking, or "Zamknięte" without a reply. */
export function StatusForm({ action: change, ticketId, status }: { action: FormAction; ticketId: string; status: Ticket["status"] }) {
  const [state, action] = useActionState(change, initialFormState);
  const options = ticketStatuses.map((s) => ({ value: s, label: ticketStatusLabels[s] }));
  return (
    <form action={action} noValidate className="rounded-lg border border-line bg-white p-4 sm:p-5" data-testid="status-form">
      <FormMessages state={state} />
      <input type="hidden" name="zgloszenie" value={ticketId} />
      <SelectField name="status" label="Status zgłoszenia" state={state} options={options} defaultValue={status} />
      <SubmitButton>Zmień status</SubmitButton>
    </form>
  );
}
