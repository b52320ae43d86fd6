"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { CheckboxField, FormMessages } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { customerConsents, type CustomerConsentKind } from "@/lib/my-data/consent-kinds";

/** The consent checkboxes, checked as they are now; saving appends only what changed. */
export function ConsentsForm({ action, current }: { action: FormAction; current: Record<CustomerConsentKind, boolean> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  // After a save the page is re-rendered with the new state; the typed values are not kept.
  const shown = state.status === "error" ? state : initialFormState;
  return (
    <form action={formAction} noValidate aria-label="Zgody">
      <FormMessages state={state} />
      {customerConsents.map((c) => (
        <CheckboxField key={c.kind} name={c.kind} label={c.label} state={shown} defaultChecked={current[c.kind]} />
      ))}
      <SubmitButton className="mt-2">Zapisz zgody</SubmitButton>
    </form>
  );
}
