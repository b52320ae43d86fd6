"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { FormMessages, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { CODE_LABEL } from "@/lib/accounts/schemas/second-factor";

/**
 * The first code that turns two-step sign-in on, and then — once, right after — the ten recovery
 * codes. It stays mounted when the page refreshes into the "on" state, so the codes stay on screen
 * (also without JavaScript, where the action's answer renders the page).
 */
export function EnrolmentConfirmForm({ action, pending, hint }: { action: FormAction; pending: boolean; hint: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const codes = state.status === "success" ? (state.values?.recoveryCodes ?? "").split(" ").filter(Boolean) : [];
  if (codes.length > 0) {
    return (
      <div className="mt-5 rounded-md border border-line bg-surface p-4" data-testid="recovery-codes">
        <FormMessages state={state} />
        <h3 className="text-lg font-semibold text-ink">Kody odzyskiwania</h3>
        <p className="mt-2 text-sm leading-relaxed">
          Zapisz te kody i przechowuj je w bezpiecznym miejscu — pokazujemy je tylko teraz. Każdy kod działa jeden raz i zastępuje kod z telefonu lub e-maila,
          gdy nie masz do nich dostępu.
        </p>
        <ol className="mt-3 grid grid-cols-2 gap-2 font-mono text-base sm:grid-cols-5" aria-label="Kody odzyskiwania">
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
      </div>
    );
  }
  if (!pending) return <FormMessages state={state} />;
  return (
    <form action={formAction} noValidate className="mt-5" data-testid="enrolment-confirm-form">
      <FormMessages state={state} />
      <TextField name="code" label={CODE_LABEL} state={state} required autoComplete="one-time-code" inputMode="numeric" hint={hint} maxLength={40} />
      <SubmitButton>Włącz weryfikację dwuetapową</SubmitButton>
    </form>
  );
}

/** "Wyłącz weryfikację dwuetapową": the password and a code. Mounted after it succeeds too, for its message. */
export function DisableForm({ action, on, hint }: { action: FormAction; on: boolean; hint: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (!on) return <FormMessages state={state} />;
  return (
    <form action={formAction} noValidate data-testid="disable-second-factor-form" aria-labelledby="disable-title">
      <h3 id="disable-title" className="mb-3 text-lg font-semibold text-ink">
        Wyłączenie weryfikacji dwuetapowej
      </h3>
      <FormMessages state={state} />
      <TextField name="password" label="Hasło" type="password" state={state} required autoComplete="current-password" maxLength={1000} />
      <TextField name="code" label={CODE_LABEL} state={state} required autoComplete="one-time-code" hint={hint} maxLength={40} />
      <SubmitButton>Wyłącz weryfikację dwuetapową</SubmitButton>
    </form>
  );
}
