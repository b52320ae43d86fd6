"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { FormMessages, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { ButtonForm } from "@/components/forms/button-form";
import { SecretBox, type SecretFormState } from "@/components/console/secret-box";
import { scopeLabels } from "@/lib/import-key-scope";

const scopeOptions = (["both", "import", "export"] as const).map((value) => ({ value, label: scopeLabels[value] }));

/** "Nowy klucz": the key replaces the form, once. */
export function CreateImportKeyForm({ action: create, tenants }: { action: FormAction<SecretFormState>; tenants: { value: string; label: string }[] }) {
  const [state, action] = useActionState<SecretFormState, FormData>(create, initialFormState);
  if (state.secret) return <SecretBox state={state} />;
  return (
    <form action={action} noValidate data-testid="create-import-key-form">
      <FormMessages state={state} />
      <SelectField name="tenantId" label="Sprzedawca" state={state} required options={tenants} />
      <TextField
        name="label"
        label="Nazwa klucza"
        state={state}
        required
        maxLength={100}
        hint="Na przykład „CRM produkcja” — żeby wiedzieć, który system go używa."
      />
      <SelectField
        name="scope"
        label="Zakres"
        state={state}
        required
        options={scopeOptions}
        hint="Import: POST /api/import (przesyłanie danych z CRM). Eksport: GET /api/export (pobieranie zdarzeń z serwisu). Klucz użyty poza zakresem jest odrzucany."
      />
      <SubmitButton>Utwórz klucz</SubmitButton>
    </form>
  );
}

export function RevokeImportKeyForm({ action, id }: { action: FormAction; id: string }) {
  return <ButtonForm action={action} fields={{ id }} testId="revoke-import-key-form" button="Unieważnij klucz" />;
}
