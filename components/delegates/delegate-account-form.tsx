"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { FormMessages, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialPasswordLabels as L } from "@/lib/accounts/schemas/registration";

/**
 * "Nie masz konta?" on the invitation page (docs/accounts.md §17): the invited address is the login,
 * shown and not editable; the password twice under the tenant's rule; one POST creates the account
 * and accepts. Works without JavaScript (a plain form post).
 */
export function DelegateAccountForm({ action, token, email, hint }: { action: FormAction; token: string; email: string; hint: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate aria-labelledby="delegate-account-title" data-testid="delegate-account-form">
      <h2 id="delegate-account-title" className="mb-2 text-lg font-semibold text-ink">
        Nie masz konta? Załóż je i przyjmij zaproszenie
      </h2>
      <p className="mb-4 text-ink-muted">
        Zaproszenie przyszło na adres <strong className="break-all text-ink">{email}</strong> — to będzie Twój login. Ustal hasło do serwisu.
      </p>
      <FormMessages state={state} />
      <input type="hidden" name="token" value={token} />
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField name="password" label={L.password} type="password" state={state} required autoComplete="new-password" maxLength={128} hint={hint} />
      <TextField name="passwordRepeat" label={L.passwordRepeat} type="password" state={state} required autoComplete="new-password" maxLength={128} />
      <SubmitButton>Załóż konto i przyjmij pełnomocnictwo</SubmitButton>
    </form>
  );
}
