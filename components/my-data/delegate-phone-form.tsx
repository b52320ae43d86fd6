"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { FormMessages, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { contactLabels as l } from "@/lib/my-data/contact-schema";
import { Section } from "./section";
import { CurrentPasswordField } from "./current-password-field";

/**
 * "Dane kontaktowe" for a delegate with the full role (docs/accounts.md §17): the customer's phone
 * only, confirmed with the delegate's own password. The sign-in e-mail stays the holder's.
 */
export function DelegatePhoneForm({ action, phone, email }: { action: FormAction; phone: string; email: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <Section id="contact-title" title="Dane kontaktowe">
      <form action={formAction} noValidate aria-labelledby="contact-title" data-testid="delegate-phone-form">
        <FormMessages state={state} />
        <TextField name="phone" label={l.phone} type="tel" inputMode="tel" autoComplete="off" defaultValue={phone} state={state} maxLength={20} />
        <p className="mb-4 text-sm text-ink-muted">
          Adres e-mail klienta (<span className="break-all">{email}</span>) służy do logowania i odzyskiwania hasła — może go zmienić tylko sam klient.
        </p>
        <CurrentPasswordField state={state} hint="Zmianę potwierdzasz hasłem do swojego własnego konta pełnomocnika." />
        <SubmitButton>Zapisz telefon</SubmitButton>
      </form>
    </Section>
  );
}
