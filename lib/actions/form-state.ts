/**
 * What every form action returns (docs/style.md §5): errors per field, one form-level message, and the
 * values the user typed (never passwords) so the form refills after an error — with or without JS.
 */
export type FormState = {
  status: "idle" | "error" | "success";
  fieldErrors?: Record<string, string[]>;
  formError?: string;
  /** A success or information message shown in place of, or above, the form. */
  message?: string;
  values?: Record<string, string>;
};

export const initialFormState: FormState = { status: "idle" };

export function fieldError(state: FormState, name: string): string | undefined {
  return state.fieldErrors?.[name]?.join(" ");
}

export function formValue(state: FormState, name: string, fallback = ""): string {
  return state.values?.[name] ?? fallback;
}

/**
 * A form's server action as `useActionState` takes it. Components never import from app/: the page
 * that owns the action hands it to the form component as a prop.
 */
export type FormAction<S extends FormState = FormState> = (state: S, formData: FormData) => Promise<S>;
