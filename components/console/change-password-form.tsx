"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { FormMessages, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";

/** The staff member's own password change; a plain form that works without JavaScript. */
export function StaffChangePasswordForm({ action: changePassword, hint }: { action: FormAction; hint: string }) {
  const [state, action] = useActionState(changePassword, initialFormState);
  return (
    <form action={action} noValidate data-testid="staff-password-form" className="max-w-md">
      <FormMessages state={state} />
      <TextField name="current" label="Obecne hasło" type="password" state={state} required autoComplete="current-password" maxLength={1000} />
      <TextField name="password" label="Nowe hasło" type="password" state={state} required autoComplete="new-password" maxLength={1000} hint={hint} />
      <TextField name="repeat" label="Powtórz nowe hasło" type="password" state={state} required autoComplete="new-password" maxLength={1000} />
      <TextField name="code" label="Kod z aplikacji" state={state} required autoComplete="one-time-code" inputMode="numeric" maxLength={20} />
      <div className="mt-5">
        <SubmitButton>Zmień hasło</SubmitButton>
      </div>
    </form>
  );
}
