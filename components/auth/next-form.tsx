"use client";

import type { ReactNode } from "react";
import { useActionState } from "react";
import { initialFormState, type FormAction, type FormState } from "@/lib/actions/form-state";
import { FormMessages } from "@/components/forms/fields";
import { NEXT_PARAM } from "@/lib/auth/next-path";

/**
 * The sign-in screens' form (sign-in, forced change, regulation): the action's messages on top and
 * `next`, the page the visitor asked for, travelling along for the action to go back to.
 */
export function NextForm({
  action,
  next,
  testId,
  children,
}: {
  action: FormAction;
  next: string | null;
  testId: string;
  children: (state: FormState) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate data-testid={testId}>
      <FormMessages state={state} />
      {next ? <input type="hidden" name={NEXT_PARAM} value={next} /> : null}
      {children(state)}
    </form>
  );
}
