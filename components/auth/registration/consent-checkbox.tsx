import { CheckboxInput, ErrorText } from "@/components/forms/fields";
import { fieldError, type FormState } from "@/lib/actions/form-state";
import { linkClass } from "@/components/auth/auth-card";

/**
 * A required consent with its "Więcej" link (document 001 Rys. 2). The link sits outside the label,
 * so the checkbox's name stays the consent itself; it opens in a new tab and says so to screen readers.
 */
export function ConsentCheckbox({
  name,
  label,
  state,
  required,
  moreHref,
}: {
  name: string;
  label: string;
  state: FormState;
  required?: boolean;
  moreHref?: string;
}) {
  return (
    <div className="mb-3">
      <div className="flex items-start gap-3">
        <CheckboxInput name={name} state={state} required={required} resetOn={state.status} />
        <p className="text-sm leading-relaxed">
          <label htmlFor={name} className="font-semibold text-ink">
            {label}
            {required ? <span aria-hidden="true"> *</span> : null}
          </label>
          {moreHref ? (
            <>
              {" "}
              <a href={moreHref} target="_blank" rel="noopener" className={linkClass}>
                Więcej<span className="sr-only"> (otwiera się w nowej karcie)</span>
              </a>
            </>
          ) : null}
        </p>
      </div>
      <ErrorText name={name} error={fieldError(state, name)} />
    </div>
  );
}
