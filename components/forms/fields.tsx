import type { ReactNode } from "react";
import { fieldError, formValue, type FormState } from "@/lib/actions/form-state";

/**
 * Form fields with their error under them (aria-invalid + aria-describedby), refilled from the
 * action's returned values. Server-rendered markup: the forms work without JavaScript.
 */

type Common = {
  name: string;
  label: ReactNode;
  state: FormState;
  required?: boolean;
  hint?: ReactNode;
  /** Extra content after the label, e.g. a "Więcej" link. */
  labelExtra?: ReactNode;
};

const inputClass =
  "mt-1 block w-full rounded-md border border-line bg-white px-3 py-2.5 text-base text-ink shadow-sm aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger";

function describedBy(name: string, error?: string, hint?: ReactNode): string | undefined {
  const ids = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** What a text input and a select share: id and name, the required and invalid states, the described-by ids, the look. */
function controlProps(name: string, required: boolean | undefined, error: string | undefined, hint: ReactNode) {
  return {
    id: name,
    name,
    "aria-required": required || undefined,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(name, error, hint),
    className: inputClass,
  };
}

function Label({ name, label, required, labelExtra }: Pick<Common, "name" | "label" | "required" | "labelExtra">) {
  return (
    <label htmlFor={name} className="block text-sm font-semibold text-ink">
      {label}
      {required ? <span aria-hidden="true"> *</span> : null}
      {labelExtra}
    </label>
  );
}

/** The help under a label, which the field's aria-describedby points at. */
export function Hint({ name, hint }: { name: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${name}-hint`} className="mt-0.5 text-sm text-ink-muted">
      {hint}
    </p>
  ) : null;
}

export function ErrorText({ name, error }: { name: string; error?: string }) {
  return (
    <p id={`${name}-error`} className="mt-1 text-sm font-medium text-danger" hidden={!error}>
      {error}
    </p>
  );
}

export function TextField(
  props: Common & {
    type?: "text" | "email" | "tel" | "password" | "date" | "number";
    autoComplete?: string;
    inputMode?: "numeric" | "tel" | "email" | "text" | "decimal";
    defaultValue?: string;
    maxLength?: number;
  },
) {
  const { name, state, required, hint, type = "text" } = props;
  const error = fieldError(state, name);
  const value = type === "password" ? undefined : formValue(state, name, props.defaultValue ?? "");
  return (
    <div className="mb-4">
      <Label {...props} />
      <Hint name={name} hint={hint} />
      <input
        {...controlProps(name, required, error, hint)}
        type={type}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        defaultValue={value}
        // React keeps an uncontrolled input's old value across a re-render with a new defaultValue;
        // the key makes it take the value the server sent back.
        key={`${name}:${value ?? ""}:${state.status}`}
      />
      <ErrorText name={name} error={error} />
    </div>
  );
}

export function SelectField(props: Common & { options: { value: string; label: string }[]; defaultValue?: string }) {
  const { name, state, required, hint } = props;
  const error = fieldError(state, name);
  const value = formValue(state, name, props.defaultValue ?? props.options[0]?.value ?? "");
  return (
    <div className="mb-4">
      <Label {...props} />
      <Hint name={name} hint={hint} />
      <select {...controlProps(name, required, error, hint)} defaultValue={value} key={`${name}:${value}`}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorText name={name} error={error} />
    </div>
  );
}

/**
 * The checkbox itself, ticked as the action's returned values say (else `defaultChecked`). It is
 * re-created when that changes — and, with `resetOn`, when that value changes (e.g. the form's status).
 */
export function CheckboxInput({
  name,
  state,
  required,
  defaultChecked,
  resetOn,
}: Pick<Common, "name" | "state" | "required"> & { defaultChecked?: boolean; resetOn?: string }) {
  const error = fieldError(state, name);
  const checked = state.values ? state.values[name] === "on" : (defaultChecked ?? false);
  return (
    <input
      id={name}
      name={name}
      type="checkbox"
      defaultChecked={checked}
      key={resetOn === undefined ? `${name}:${checked}` : `${name}:${checked}:${resetOn}`}
      aria-required={required || undefined}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${name}-error` : undefined}
      className="mt-1 size-5 shrink-0 accent-brand"
    />
  );
}

export function CheckboxField(props: Common & { defaultChecked?: boolean }) {
  const { name, state } = props;
  return (
    <div className="mb-3">
      <div className="flex items-start gap-3">
        <CheckboxInput {...props} />
        <Label {...props} />
      </div>
      <ErrorText name={name} error={fieldError(state, name)} />
    </div>
  );
}

/** The form-level error (role="alert") and success/info message (role="status"). */
export function FormMessages({ state }: { state: FormState }) {
  return (
    <>
      <div role="alert" className={state.formError ? "mb-4 rounded-md border border-danger bg-white p-3 text-sm font-medium text-danger" : "sr-only"}>
        {state.formError}
      </div>
      <div role="status" className={state.message ? "mb-4 rounded-md border border-success bg-white p-3 text-sm font-medium text-success" : "sr-only"}>
        {state.message}
      </div>
    </>
  );
}
