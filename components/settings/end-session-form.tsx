"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";

const buttonClass = {
  row: "inline-flex min-h-11 items-center justify-center rounded-md border border-danger bg-white px-4 py-2 text-sm font-semibold text-danger hover:bg-danger hover:text-white",
  all: "inline-flex min-h-11 w-full items-center justify-center rounded-md bg-brand px-5 py-2.5 text-base font-semibold text-brand-contrast shadow-sm hover:opacity-90 sm:w-auto",
} as const;

/**
 * A POST button of "Aktywne sesje": "Zakończ sesję" for one session (its reference in a hidden
 * field) or "Wyloguj pozostałe sesje". The action redirects back to the list, so it works without
 * JavaScript; an error (a refused request) is read out.
 */
export function EndSessionForm({
  action,
  session,
  label,
  variant,
}: {
  action: FormAction;
  session?: string;
  label: string;
  variant: keyof typeof buttonClass;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      {session ? <input type="hidden" name="session" value={session} /> : null}
      <button type="submit" className={buttonClass[variant]} disabled={pending} aria-label={variant === "row" ? label : undefined}>
        {variant === "row" ? "Zakończ sesję" : label}
      </button>
      <p role="alert" className={state.formError ? "mt-2 text-sm font-medium text-danger" : "sr-only"}>
        {state.formError}
      </p>
    </form>
  );
}
