"use client";

import { useActionState } from "react";
import Link from "next/link";
import { initialFormState } from "@/lib/actions/form-state";
import { FormMessages, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { NEW_PASSWORD_LABEL, REPEAT_PASSWORD_LABEL } from "@/lib/accounts/schemas/recovery";
import { BackToSignIn, RecoveryCard } from "@/app/odzyskiwanie-hasla/recovery-card";
import { setPasswordByLinkAction } from "./actions";

const linkClass = "font-medium text-brand underline underline-offset-2 hover:decoration-2";

function NewLinkLink() {
  return (
    <p className="mt-6">
      <Link href="/odzyskiwanie-hasla" className={linkClass}>
        Poproś o nowy link
      </Link>
    </p>
  );
}

/**
 * MPEC's "Ustaw hasło do portalu" (document 004, step 3): Nowe hasło, Powtórz hasło, Zapisz. The
 * whole screen is here because the answer decides it: without JavaScript the page is rendered
 * again after the POST, when the link is already used, and must still show the success.
 */
export function SetPasswordScreen({ token, hint, problem }: { token: string; hint: string; problem: string | null }) {
  const [state, formAction] = useActionState(setPasswordByLinkAction, initialFormState);

  if (state.status === "success") {
    return (
      <RecoveryCard title="Ustaw hasło do portalu">
        <div data-testid="password-set">
          <p role="status" className="leading-relaxed font-medium text-success">
            {state.message}
          </p>
          <BackToSignIn label="Przejdź do logowania" />
        </div>
      </RecoveryCard>
    );
  }

  if (problem) {
    return (
      <RecoveryCard title="Link do ustawienia hasła nie działa">
        <p className="leading-relaxed" data-testid="link-problem">
          {problem}
        </p>
        <NewLinkLink />
      </RecoveryCard>
    );
  }

  return (
    <RecoveryCard title="Ustaw hasło do portalu">
      <form action={formAction} noValidate>
        <FormMessages state={state} />
        {state.formError ? <NewLinkLink /> : null}
        <input type="hidden" name="token" value={token} />
        <TextField name="password" label={NEW_PASSWORD_LABEL} type="password" state={state} required autoComplete="new-password" hint={hint} maxLength={128} />
        <TextField name="repeat" label={REPEAT_PASSWORD_LABEL} type="password" state={state} required autoComplete="new-password" maxLength={128} />
        <SubmitButton>Zapisz</SubmitButton>
      </form>
    </RecoveryCard>
  );
}
