"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction, type FormState } from "@/lib/actions/form-state";
import { FormMessages, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";

/** The console's sign-in forms; plain forms that work without JavaScript. The actions are in app/konsola/(wejscie)/actions.ts. */

export function StaffSignInForm({ action: signIn }: { action: FormAction }) {
  const [state, action] = useActionState(signIn, initialFormState);
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

export function StaffCodeForm({ action: verify }: { action: FormAction }) {
  const [state, action] = useActionState(verify, initialFormState);
  return (
    <form action={action} noValidate data-testid="staff-code-form">
      <FormMessages state={state} />
      <AuthenticatorCodeField state={state} hint="Sześć cyfr, które pokazuje aplikacja uwierzytelniająca." />
      <div className="mt-5">
        <SubmitButton>Zaloguj</SubmitButton>
      </div>
    </form>
  );
}

export function StaffSetupForm({ action: setUp, hint }: { action: FormAction; hint: string }) {
  const [state, action] = useActionState(setUp, initialFormState);
  return (
    <form action={action} noValidate data-testid="staff-setup-form">
      <FormMessages state={state} />
      <TextField name="password" label="Nowe hasło" type="password" state={state} required autoComplete="new-password" maxLength={1000} hint={hint} />
      <TextField name="repeat" label="Powtórz nowe hasło" type="password" state={state} required autoComplete="new-password" maxLength={1000} />
      <AuthenticatorCodeField state={state} hint="Po dodaniu konta w aplikacji wpisz sześć cyfr, które pokazuje." />
      <div className="mt-5">
        <SubmitButton>Zapisz i zaloguj</SubmitButton>
      </div>
    </form>
  );
}

/** The six digits of the authenticator app. */
function AuthenticatorCodeField({ state, hint }: { state: FormState; hint: string }) {
  return <TextField name="code" label="Kod z aplikacji" state={state} required autoComplete="one-time-code" inputMode="numeric" maxLength={20} hint={hint} />;
}
