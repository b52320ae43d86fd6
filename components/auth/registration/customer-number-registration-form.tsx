"use client";

import Link from "next/link";
import { TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { CaptchaField } from "@/components/captcha/captcha-field";
import { linkClass } from "@/components/auth/auth-card";
import { formValue, type FormAction } from "@/lib/actions/form-state";
import { customerNumberLabels as L, proofOptions } from "@/lib/accounts/schemas/registration";
import { ConsentCheckbox } from "./consent-checkbox";
import { RegistrationFormShell, useRegistrationForm } from "./registration-form";

/**
 * "Rejestracja użytkownika" (document 004, step 2). Tenants of a housing cooperative may prove who
 * they are with the last settlement's amount instead of the last invoice's number: with JavaScript
 * only the chosen field shows; without it both show and the choice decides which one counts.
 */
export function CustomerNumberRegistrationForm({
  action,
  allowSettlement,
  captcha,
  buttonLabel,
}: {
  action: FormAction | null;
  allowSettlement: boolean;
  captcha: boolean;
  buttonLabel: string;
}) {
  const form = useRegistrationForm(action, "proof", "invoice");
  const { state } = form;

  return (
    <RegistrationFormShell form={form}>
      <TextField
        name="customerNumber"
        label={L.customerNumber}
        state={state}
        required
        autoComplete="username"
        maxLength={50}
        hint="Numer widniejący na fakturze (Nr Nabywcy)."
      />
      {allowSettlement ? (
        <fieldset className="mb-4">
          <legend className="text-sm font-semibold text-ink">{L.proof}:</legend>
          {proofOptions.map((option) => (
            <div key={option.value} className="mt-2 flex items-start gap-3">
              <input
                id={`proof-${option.value}`}
                type="radio"
                name="proof"
                value={option.value}
                defaultChecked={formValue(state, "proof", "invoice") === option.value}
                key={`${option.value}:${formValue(state, "proof", "invoice")}`}
                className="mt-1 size-5 shrink-0 accent-brand"
              />
              <label htmlFor={`proof-${option.value}`} className="text-sm leading-relaxed">
                {option.label}
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
      {form.shows("invoice") ? <TextField name="invoiceNumber" label={L.invoiceNumber} state={state} required autoComplete="off" maxLength={100} /> : null}
      {allowSettlement && form.shows("settlement") ? (
        <TextField
          name="settlementAmount"
          label={`${L.settlementAmount} (zł)`}
          state={state}
          required
          inputMode="decimal"
          autoComplete="off"
          maxLength={20}
          hint="Na przykład 246,00."
        />
      ) : null}
      <TextField name="email" label={L.email} state={state} required type="email" autoComplete="email" maxLength={254} />
      <fieldset className="mt-2 mb-2">
        <legend className="sr-only">Zgody</legend>
        <ConsentCheckbox name="regulation" label={L.regulation} state={state} required moreHref="/regulamin" />
        <ConsentCheckbox name="dataProcessing" label={L.dataProcessing} state={state} required moreHref="/polityka-prywatnosci" />
        <ConsentCheckbox name="eInvoice" label={L.eInvoice} state={state} />
      </fieldset>
      {captcha ? <CaptchaField state={state} /> : null}
      <div className="mt-5 flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <SubmitButton>{buttonLabel}</SubmitButton>
        <Link href="/" className={linkClass}>
          Zaloguj się
        </Link>
      </div>
    </RegistrationFormShell>
  );
}
