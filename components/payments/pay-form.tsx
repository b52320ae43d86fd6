"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { FormMessages } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";

/** The confirmation's button: a POST to the server action, which registers and sends to the gateway. Works without JS. */
export function PayForm({
  action,
  scope,
  documents,
  amount,
  gatewayLabel,
}: {
  action: FormAction;
  scope: "all" | "documents";
  documents: string[];
  amount: number;
  gatewayLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="mt-6" data-testid="pay-form">
      <FormMessages state={state} />
      <input type="hidden" name="scope" value={scope} />
      <input type="hidden" name="documents" value={JSON.stringify(documents)} />
      <input type="hidden" name="confirmedAmount" value={String(amount)} />
      <SubmitButton>Przejdź do płatności</SubmitButton>
      <p className="mt-3 text-sm text-ink-muted">Płatność obsługuje {gatewayLabel}. Po zapłacie wrócisz do serwisu.</p>
    </form>
  );
}
