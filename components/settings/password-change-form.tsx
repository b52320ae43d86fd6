"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { FormMessages, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { passwordChangeLabels } from "@/lib/accounts/schemas/password-change";

/** "Zmiana hasła" (document 001, Rys. 13): Aktualne hasło, Nowe hasło, Powtórz nowe hasło, "Zmień hasło". */
export function PasswordChangeForm({ action, hint }: { action: FormAction; hint: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate aria-labelledby="password-change-title">
      <h3 id="password-change-title" className="mb-4 text-lg font-semibold text-ink">
        Zmiana hasła
      </h3>
      <FormMessages state={state} />
      <TextField
        name="currentPassword"
        label={passwordChangeLabels.current}
        type="password"
        state={state}
        required
        autoComplete="current-password"
        maxLength={128}
      />
      <TextField
        name="newPassword"
        label={passwordChangeLabels.next}
        type="password"
        state={state}
        required
        autoComplete="new-password"
        hint={hint}
        maxLength={128}
      />
      <TextField name="repeatPassword" label={passwordChangeLabels.repeat} type="password" state={state} required autoComplete="new-password" maxLength={128} />
      <SubmitButton>Zmień hasło</SubmitButton>
    </form>
  );
}
