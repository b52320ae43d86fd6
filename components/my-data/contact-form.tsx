"use client";

import { useActionState } from "react";
import type { Address } from "@/db/schema";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { FormMessages, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { contactLabels as l } from "@/lib/my-data/contact-schema";
import { Section } from "./section";
import { CurrentPasswordField } from "./current-password-field";

/** "Dane kontaktowe": every change needs the current password in the same form (S19). */
export function ContactForm({ action, phone, email, address }: { action: FormAction; phone: string; email: string; address: Address | null }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <Section id="contact-title" title="Dane kontaktowe">
      <form action={formAction} noValidate aria-labelledby="contact-title">
        <FormMessages state={state} />
        <TextField name="phone" label={l.phone} type="tel" inputMode="tel" autoComplete="tel" defaultValue={phone} state={state} maxLength={20} />
        <TextField name="email" label={l.email} type="email" autoComplete="email" defaultValue={email} state={state} required maxLength={254} />
        <fieldset className="mb-2">
          <legend className="mb-2 text-base font-semibold text-ink">Adres korespondencyjny (opcjonalnie)</legend>
          <TextField name="street" label={l.street} autoComplete="address-line1" defaultValue={address?.street ?? ""} state={state} maxLength={120} />
          <div className="grid gap-x-4 sm:grid-cols-2">
            <TextField name="building" label={l.building} defaultValue={address?.building ?? ""} state={state} maxLength={20} />
            <TextField name="apartment" label={l.apartment} defaultValue={address?.apartment ?? ""} state={state} maxLength={20} />
            <TextField
              name="postalCode"
              label={`${l.postalCode} (NN-NNN)`}
              autoComplete="postal-code"
              defaultValue={address?.postalCode ?? ""}
              state={state}
              maxLength={6}
            />
            <TextField name="city" label={l.city} autoComplete="address-level2" defaultValue={address?.city ?? ""} state={state} maxLength={80} />
          </div>
        </fieldset>
        <CurrentPasswordField state={state} hint="Zmiana danych kontaktowych wymaga podania aktualnego hasła." />
        <SubmitButton>Zapisz dane kontaktowe</SubmitButton>
      </form>
    </Section>
  );
}
