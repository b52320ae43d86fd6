"use client";

import type { FormAction } from "@/lib/actions/form-state";
import { TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { NextForm } from "@/components/auth/next-form";

/** Hasło jednorazowe, Nowe hasło (with the tenant's rule under it), Powtórz nowe hasło; `next` travels along. */
export function ForcedChangeForm({ action, hint, next }: { action: FormAction; hint: string; next: string | null }) {
  return (
    <NextForm action={action} next={next} testId="forced-change-form">
      {(state) => (
        <>
          <TextField name="oneTimePassword" label="Hasło jednorazowe" type="password" state={state} required autoComplete="one-time-code" maxLength={64} />
          <TextField name="newPassword" label="Nowe hasło" type="password" state={state} required autoComplete="new-password" hint={hint} maxLength={1000} />
          <TextField name="repeatPassword" label="Powtórz nowe hasło" type="password" state={state} required autoComplete="new-password" maxLength={1000} />
          <div className="mt-5">
            <SubmitButton>Zmień hasło</SubmitButton>
          </div>
        </>
      )}
    </NextForm>
  );
}
