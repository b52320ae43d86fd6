"use client";

import type { ReactNode } from "react";
import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { FormMessages } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";

/**
 * One-button forms (the console's "Odblokuj", "Opublikuj", "Unieważnij klucz"…, the portal's "Wyślij kod ponownie"): the action's
 * message, the ids as hidden fields, and the button — or, with `button={null}`, no button, so the
 * message stays while the page refreshes without it (the component stays mounted).
 */
export function ButtonForm({ action, fields, testId, button }: { action: FormAction; fields: Record<string, string>; testId: string; button: ReactNode }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} data-testid={testId}>
      <FormMessages state={state} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {button === null ? null : <SubmitButton>{button}</SubmitButton>}
    </form>
  );
}
