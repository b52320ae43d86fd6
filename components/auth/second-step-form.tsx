"use client";

import type { FormAction } from "@/lib/actions/form-state";
import { CheckboxField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { NextForm } from "@/components/auth/next-form";
import { CODE_LABEL } from "@/lib/accounts/schemas/second-factor";

/**
 * The second step of a sign-in (docs/accounts.md §15): "Kod" (from the app, the e-mail, or a
 * recovery code) and "Zapamiętaj to urządzenie na 30 dni"; works without JavaScript.
 */
export function SecondStepForm({ action, next, hint }: { action: FormAction; next: string | null; hint: string }) {
  return (
    <NextForm action={action} next={next} testId="second-step-form">
      {(state) => (
        <>
          <TextField name="code" label={CODE_LABEL} state={state} required autoComplete="one-time-code" hint={hint} maxLength={40} />
          <CheckboxField name="remember" label="Zapamiętaj to urządzenie na 30 dni" state={state} />
          <div className="mt-5">
            <SubmitButton>Zaloguj</SubmitButton>
          </div>
        </>
      )}
    </NextForm>
  );
}
