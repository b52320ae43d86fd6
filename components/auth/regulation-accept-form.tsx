"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { CheckboxField, FormMessages } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { NEXT_PARAM } from "@/lib/auth/next-path";

/** "Akceptuję regulamin" + "Akceptuję"; the shown version and the page to go on to travel with the form. */
export function RegulationAcceptForm({ action, versionId, next }: { action: FormAction; versionId: string; next: string | null }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate data-testid="regulation-form">
      <FormMessages state={state} />
      <input type="hidden" name="versionId" value={versionId} />
      {next ? <input type="hidden" name={NEXT_PARAM} value={next} /> : null}
      <CheckboxField name="accept" label="Akceptuję regulamin" state={state} required />
      <div className="mt-4">
        <SubmitButton>Akceptuję</SubmitButton>
      </div>
    </form>
  );
}
