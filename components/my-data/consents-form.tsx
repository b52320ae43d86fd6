"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { CheckboxField, FormMessages } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { customerConsents, type CustomerConsentKind } from "@/lib/my-data/consent-kinds";
import { saveConsentsAction } from "@/app/(portal)/moje-dane/consent-action";

/** The consent checkboxes, checked as they are now; saving appends only what changed. */
export function ConsentsForm({ current }: { current: Record<CustomerConsentKind, boolean> }) {
  const [state, formAction] = useActionState(saveConsentsAction, initialFormState);
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
