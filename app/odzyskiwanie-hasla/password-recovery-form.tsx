"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { FormMessages, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { LOGIN_LABEL } from "@/lib/accounts/schemas/recovery";
import { recoverPasswordAction } from "./actions";
import { BackToSignIn } from "./recovery-card";
import type { PasswordRecoveryTexts } from "./texts";
import { polishNbsp } from "@/components/typography";

/** The login form, replaced by the confirmation after any accepted request (with or without JavaScript). */
export function PasswordRecoveryForm({ texts }: { texts: PasswordRecoveryTexts }) {
  const [state, formAction] = useActionState(recoverPasswordAction, initialFormState);

  if (state.status === "success") {
    return (
      <div role="status" data-testid="recovery-done">
        <h2 className="text-xl font-semibold text-ink">{texts.doneHeading}</h2>
        <p className="mt-3 leading-relaxed">{polishNbsp(texts.doneText)}</p>
        <p className="mt-3 text-sm leading-relaxed text-ink-muted">{polishNbsp(texts.doneHelp)}</p>
        <BackToSignIn label="Przejdź do logowania" />
      </div>
    );
  }

  return (
    <form action={formAction} noValidate>
      <p className="mb-5 leading-relaxed">{polishNbsp(texts.intro)}</p>
      <FormMessages state={state} />
      <TextField name="login" label={LOGIN_LABEL} state={state} required autoComplete="username" hint={texts.loginHint} maxLength={200} />
      <SubmitButton>{texts.button}</SubmitButton>
      <BackToSignIn />
    </form>
  );
}
