"use client";

import { SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { ButtonLink } from "@/components/auth/auth-card";
import type { FormAction } from "@/lib/actions/form-state";
import { contractLabels as L, customerTypes } from "@/lib/accounts/schemas/registration";
import { ConsentCheckbox } from "./consent-checkbox";
import { RegistrationFormShell, useRegistrationForm } from "./registration-form";

/**
 * "EBOK / Rejestracja" (document 001 Rys. 2/3), fields in the document's order. With JavaScript only
 * the PESEL or the NIP field shows, as "Typ klienta" says; without it both show and the server reads
 * the one that matches (docs/accounts.md §2).
 */
export function ContractRegistrationForm({ action, buttonLabel }: { action: FormAction | null; buttonLabel: string }) {
  const form = useRegistrationForm(action, "customerType", "individual");
  const { state } = form;

  if (state.status === "success") {
    return (
      <div data-testid="registration-success">
        <p className="text-xl font-semibold text-success" role="status">
          Udało się!
        </p>
        <p className="mt-3 leading-relaxed">Wpisane przez Ciebie dane są poprawne. Na wpisany adres email zostanie wysłany link aktywacyjny konta.</p>
        <div className="mt-6">
          <ButtonLink href="/">Powrót</ButtonLink>
        </div>
      </div>
    );
  }

  return (
    <RegistrationFormShell form={form}>
      <SelectField name="customerType" label={L.customerType} state={state} options={customerTypes.map((t) => ({ ...t }))} />
      {form.shows("individual") ? (
        <TextField name="pesel" label={L.pesel} state={state} required inputMode="numeric" maxLength={11} autoComplete="off" />
      ) : null}
      {form.shows("business") ? <TextField name="nip" label={L.nip} state={state} required inputMode="numeric" maxLength={13} autoComplete="off" /> : null}
      <TextField name="contractNumber" label={L.contractNumber} state={state} required maxLength={100} autoComplete="off" />
      <TextField
        name="login"
        label={L.login}
        state={state}
        autoComplete="username"
        maxLength={50}
        hint="Jeżeli pozostawisz to pole puste, loginem będzie numer PESEL lub NIP."
      />
      <TextField name="loginRepeat" label={L.loginRepeat} state={state} autoComplete="off" maxLength={50} />
      <TextField name="phone" label={L.phone} state={state} required type="tel" inputMode="tel" autoComplete="tel" maxLength={20} />
      <TextField
        name="email"
        label={L.email}
        state={state}
        required
        type="email"
        autoComplete="email"
        maxLength={254}
        hint="Na ten adres wyślemy link aktywacyjny."
      />
      <fieldset className="mt-2 mb-2">
        <legend className="sr-only">Zgody</legend>
        <ConsentCheckbox name="regulation" label={L.regulation} state={state} required moreHref="/regulamin" />
        <ConsentCheckbox name="cookies" label={L.cookies} state={state} required moreHref="/polityka-prywatnosci" />
      </fieldset>
      <div className="mt-5">
        <SubmitButton>{buttonLabel}</SubmitButton>
      </div>
    </RegistrationFormShell>
  );
}
