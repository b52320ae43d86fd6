"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { FormMessages, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { NEXT_PARAM } from "@/lib/auth/next-path";

/** Hasło jednorazowe, Nowe hasło (with the tenant's rule under it), Powtórz nowe hasło; `next` travels along. */
export function ForcedChangeForm({ action, hint, next }: { action: FormAction; hint: string; next: string | null }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate data-testid="forced-change-form">
      <FormMessages state={state} />
      {next ? <input type="hidden" name={NEXT_PARAM} value={next} /> : null}
      <TextField name="oneTimePassword" label="Hasło jednorazowe" type="password" state={state} required autoComplete="one-time-code" maxLength={64} />
      <TextField name="newPassword" label="Nowe hasło" type="password" state={state} required autoComplete="new-password" hint={hint} maxLength={1000} />
      <TextField name="repeatPassword" label="Powtórz nowe hasło" type="password" state={state} required autoComplete="new-password" maxLength={1000} />
      <div className="mt-5">
        <SubmitButton>Zmień hasło</SubmitButton>
      </div>
    </form>
  );
}
