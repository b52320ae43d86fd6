import { ErrorText } from "@/components/forms/fields";
import { fieldError, formValue, type FormState } from "@/lib/actions/form-state";
import { MAX_BODY, MAX_FILES } from "@/lib/tickets/limits";

/** The two fields the shared form kit lacks: a long text and the attachments. Server markup. */

const inputClass =
  "mt-1 block w-full rounded-md border border-line bg-white px-3 py-2.5 text-base text-ink shadow-sm aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger";

export function TextAreaField({ name, label, state, required }: { name: string; label: string; state: FormState; required?: boolean }) {
  const error = fieldError(state, name);
  const value = formValue(state, name);
  return (
    <div className="mb-4">
      <label htmlFor={name} className="block text-sm font-semibold text-ink">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <textarea
        id={name}
        name={name}
        rows={6}
        maxLength={MAX_BODY}
        defaultValue={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
        className={inputClass}
        key={`${name}:${value}:${state.status}`}
      />
      <ErrorText name={name} error={error} />
    </div>
  );
}

export function AttachmentsField({ state }: { state: FormState }) {
  const name = "zalaczniki";
  const errors = state.fieldErrors?.[name] ?? [];
  return (
    <div className="mb-4">
      <label htmlFor={name} className="block text-sm font-semibold text-ink">
        Załączniki
      </label>
      <p id={`${name}-hint`} className="mt-0.5 text-sm text-ink-muted">
        Najwyżej {MAX_FILES} plików PDF, JPEG lub PNG, każdy do 10 MB.
        {state.status === "error" ? " Po błędzie wybierz pliki ponownie." : null}
      </p>
      <input
        id={name}
        name={name}
        type="file"
        multiple
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? `${name}-hint ${name}-error` : `${name}-hint`}
        className="mt-1 block w-full text-base text-ink file:mr-3 file:min-h-11 file:rounded-md file:border file:border-line file:bg-surface file:px-3 file:font-semibold"
      />
      <ul id={`${name}-error`} className="mt-1 text-sm font-medium text-danger" hidden={!errors.length}>
        {errors.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
