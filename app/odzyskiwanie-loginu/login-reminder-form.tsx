"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { FormMessages, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMAIL_LABEL } from "@/lib/accounts/schemas/recovery";
import { BackToSignIn } from "@/app/odzyskiwanie-hasla/recovery-card";
import { remindLoginAction } from "./actions";
import { polishNbsp } from "@/components/typography";

/** The e-mail form, replaced by the documents' confirmation (docs/accounts.md §10) after any accepted request. */
export function LoginReminderForm({ help }: { help: string }) {
  const [state, formAction] = useActionState(remindLoginAction, initialFormState);

  if (state.status === "success") {
    return (
      <div data-testid="recovery-done">
        <p role="status" className="leading-relaxed font-medium">
          {polishNbsp(state.message ?? "")}
        </p>
        <p className="mt-3 text-sm leading-relaxed text-ink-muted">{polishNbsp(help)}</p>
        <BackToSignIn label="Przejdź do logowania" />
      </div>
    );
  }

  return (
    <form action={formAction} noValidate>
      <p className="mb-5 leading-relaxed">{polishNbsp("Wpisz adres e-mail podany przy rejestracji. Wyślemy na niego wiadomość przypominającą login.")}</p>
      <FormMessages state={state} />
      <TextField name="email" label={EMAIL_LABEL} type="email" state={state} required autoComplete="email" inputMode="email" maxLength={254} />
      <SubmitButton>Przypomnij login</SubmitButton>
      <BackToSignIn />
    </form>
  );
}
