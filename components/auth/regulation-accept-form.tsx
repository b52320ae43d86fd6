"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { CheckboxField, FormMessages } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { acceptRegulationAction } from "@/app/regulamin/akceptacja/action";

/** "Akceptuję regulamin" + "Akceptuję"; the shown version travels with the form. */
export function RegulationAcceptForm({ versionId }: { versionId: string }) {
  const [state, formAction] = useActionState(acceptRegulationAction, initialFormState);
  return (
    <form action={formAction} noValidate data-testid="regulation-form">
      <FormMessages state={state} />
      <input type="hidden" name="versionId" value={versionId} />
      <CheckboxField name="accept" label="Akceptuję regulamin" state={state} required />
      <div className="mt-4">
        <SubmitButton>Akceptuję</SubmitButton>
      </div>
    </form>
  );
}
