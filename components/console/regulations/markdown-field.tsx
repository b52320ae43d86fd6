import { ErrorText } from "@/components/forms/fields";
import { fieldError, formValue, type FormState } from "@/lib/actions/form-state";

/** A multi-line field for Markdown, with its error under it; refilled from the action's values. */
export function MarkdownField({
  name,
  label,
  hint,
  state,
  defaultValue = "",
}: {
  name: string;
  label: string;
  hint?: string;
  state: FormState;
  defaultValue?: string;
}) {
  const error = fieldError(state, name);
  const value = formValue(state, name, defaultValue);
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-4">
      <label htmlFor={name} className="block text-sm font-semibold text-ink">
        {label}
        <span aria-hidden="true"> *</span>
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="mt-0.5 text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <textarea
        id={name}
        name={name}
        rows={18}
        defaultValue={value}
        key={`${name}:${value.length}:${state.status}`}
        aria-required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 block w-full rounded-md border border-line bg-white px-3 py-2.5 font-mono text-sm text-ink shadow-sm aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger"
      />
      <ErrorText name={name} error={error} />
    </div>
  );
}
