"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { FormMessages, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { staffCodeAction, staffSetupAction, staffSignInAction } from "@/app/konsola/(wejscie)/actions";

/** The console's sign-in forms; plain forms that work without JavaScript. */

export function StaffSignInForm() {
  const [state, action] = useActionState(staffSignInAction, initialFormState);
  return (
    <form action={action} noValidate data-testid="staff-sign-in-form">
      <FormMessages state={state} />
      <TextField name="email" label="E-mail" type="email" state={state} required autoComplete="username" maxLength={200} />
      <TextField name="password" label="Hasło" type="password" state={state} required autoComplete="current-password" maxLength={1000} />
      <div className="mt-5">
        <SubmitButton>Dalej</SubmitButton>
      </div>
    </form>
  );
}

export function StaffCodeForm() {
  const [state, action] = useActionState(staffCodeAction, initialFormState);
  return (
    <form action={action} noValidate data-testid="staff-code-form">
      <FormMessages state={state} />
      <TextField name="code" label="Kod z aplikacji" state={state} required autoComplete="one-time-code" inputMode="numeric" maxLength={20} hint="Sześć cyfr, które pokazuje aplikacja uwierzytelniająca." />
      <div className="mt-5">
        <SubmitButton>Zaloguj</SubmitButton>
      </div>
    </form>
  );
}

export function StaffSetupForm({ hint }: { hint: string }) {
  const [state, action] = useActionState(staffSetupAction, initialFormState);
  return (
    <form action={action} noValidate data-testid="staff-setup-form">
      <FormMessages state={state} />
      <TextField name="password" label="Nowe hasło" type="password" state={state} required autoComplete="new-password" maxLength={1000} hint={hint} />
      <TextField name="repeat" label="Powtórz nowe hasło" type="password" state={state} required autoComplete="new-password" maxLength={1000} />
      <TextField name="code" label="Kod z aplikacji" state={state} required autoComplete="one-time-code" inputMode="numeric" maxLength={20} hint="Po dodaniu konta w aplikacji wpisz sześć cyfr, które pokazuje." />
      <div className="mt-5">
        <SubmitButton>Zapisz i zaloguj</SubmitButton>
      </div>
    </form>
  );
}
