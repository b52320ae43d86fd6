"use client";

import type { FormEvent, ReactNode } from "react";
import { useActionState, useState, useSyncExternalStore } from "react";
import { FormMessages } from "@/components/forms/fields";
import { formValue, initialFormState, type FormAction, type FormState } from "@/lib/actions/form-state";

/**
 * What both registration forms share: the action (null in the console's preview, where the form
 * is shown but sends nothing), and one choice field that decides which of two fields shows — with
 * JavaScript only the chosen one; without it, and while hydrating, both, and the server reads the
 * one that matches.
 */
const subscribeNothing = () => () => {};
const keepState = async (state: FormState) => state;

export function useRegistrationForm(action: FormAction | null, choiceField: string, fallback: string) {
  const [state, formAction] = useActionState(action ?? keepState, initialFormState);
  const [chosen, setChosen] = useState<string | null>(null);
  const choice = chosen ?? formValue(state, choiceField, fallback);
  // False on the server and while hydrating, true after: before that both fields must stay.
  const hydrated = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const onChange = (e: FormEvent<HTMLFormElement>) => {
    const target = e.target;
    if ((target instanceof HTMLSelectElement || target instanceof HTMLInputElement) && target.name === choiceField) setChosen(target.value);
  };
  return { state, formAction, onChange, shows: (value: string) => !hydrated || choice === value };
}

/** The form element, its messages and the required-fields note. */
export function RegistrationFormShell({
  form,
  children,
}: {
  form: Pick<ReturnType<typeof useRegistrationForm>, "state" | "formAction" | "onChange">;
  children: ReactNode;
}) {
  return (
    <form action={form.formAction} noValidate data-testid="registration-form" onChange={form.onChange}>
      <FormMessages state={form.state} />
      <p className="mb-4 text-sm text-ink-muted">Pola oznaczone gwiazdką (*) są wymagane.</p>
      {children}
    </form>
  );
}
