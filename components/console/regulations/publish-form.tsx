"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { FormMessages } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { publishRegulationAction } from "@/app/konsola/(panel)/regulaminy/actions";

/** The confirmation step's button: publishing cannot be undone. */
export function PublishRegulationForm({ id }: { id: string }) {
  const [state, action] = useActionState(publishRegulationAction, initialFormState);
  return (
    <form action={action} data-testid="publish-form">
      <FormMessages state={state} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton>Opublikuj</SubmitButton>
    </form>
  );
}
