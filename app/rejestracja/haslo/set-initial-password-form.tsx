"use client";

import Link from "next/link";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { FormMessages, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialPasswordLabels as L } from "@/lib/accounts/schemas/registration";
import { ButtonLink, linkClass } from "@/components/auth/auth-card";
import { setInitialPasswordAction } from "./set-initial-password-action";

/** "Ustaw hasło do portalu" (document 004, step 3): Nowe hasło, Powtórz hasło, Zapisz — then the account is ready. */
export function SetInitialPasswordForm({
  hint,
  available,
  goneText,
  registerLabel,
}: {
  hint: string;
  available: boolean;
  goneText: string;
  registerLabel: string;
}) {
  const [state, formAction] = useActionState(setInitialPasswordAction, initialFormState);

  if (state.status === "success") {
    return (
      <div data-testid="account-created">
        <p role="status" className="text-xl font-semibold text-success">
          Konto zostało utworzone.
        </p>
        <p className="mt-3 leading-relaxed">
          Hasło do portalu zostało ustawione. Możesz się teraz zalogować: loginem jest Twój numer odbiorcy{" "}
          <strong className="font-semibold">{state.message}</strong>. Potwierdzenie założenia konta wysłaliśmy na Twój adres e-mail.
        </p>
        <div className="mt-6">
          <ButtonLink href="/">Zaloguj się</ButtonLink>
        </div>
      </div>
    );
  }

  // Checked after the success branch: once saved, the step's token is used and no longer "available".
  if (!available) {
    return (
      <>
        <p className="leading-relaxed" data-testid="step-gone">
          {goneText}
        </p>
        <p className="mt-6 text-sm">
          <Link href="/rejestracja" className={linkClass}>
            {registerLabel}
          </Link>
        </p>
      </>
    );
  }

  return (
    <form action={formAction} noValidate data-testid="password-form">
      <FormMessages state={state} />
      {state.formError ? (
        <p className="mb-4 text-sm">
          <Link href="/rejestracja" className={linkClass}>
            Zarejestruj się ponownie
          </Link>
        </p>
      ) : null}
      <TextField name="password" label={L.password} type="password" state={state} required autoComplete="new-password" maxLength={128} hint={hint} />
      <TextField name="passwordRepeat" label={L.passwordRepeat} type="password" state={state} required autoComplete="new-password" maxLength={128} />
      <SubmitButton>Zapisz</SubmitButton>
    </form>
  );
}
