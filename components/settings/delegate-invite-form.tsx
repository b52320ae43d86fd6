"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { FormMessages, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";

export type RoleOption = { value: string; label: string };

/** "Zaproś pełnomocnika": the person's e-mail address and the role; the link goes to that address. */
export function DelegateInviteForm({ action, roles, labels }: { action: FormAction; roles: RoleOption[]; labels: { email: string; role: string } }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate aria-labelledby="delegate-invite-title" data-testid="delegate-invite-form">
      <h2 id="delegate-invite-title" className="mb-4 text-xl font-semibold text-ink">
        Zaproś pełnomocnika
      </h2>
      <FormMessages state={state} />
      <TextField name="email" label={labels.email} type="email" state={state} required autoComplete="off" maxLength={254} />
      <SelectField name="role" label={labels.role} state={state} required options={roles} />
      <SubmitButton>Wyślij zaproszenie</SubmitButton>
    </form>
  );
}
