"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction, type FormState } from "@/lib/actions/form-state";
import { CheckboxField, ErrorText, FormMessages, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { fieldError } from "@/lib/actions/form-state";
import { ButtonForm } from "@/components/forms/button-form";
import { SecretBox, type SecretFormState } from "@/components/console/secret-box";

export type TenantOption = { id: string; label: string };

const roles = [
  { value: "staff", label: "Pracownik — klienci, zgłoszenia, podgląd motywów" },
  { value: "admin", label: "Administrator — także regulaminy, pracownicy, klucze importu" },
];

/** One checkbox per tenant (`tenant_<id>`), the admin's own tenants only. */
function TenantChoice({ state, tenants, checked }: { state: FormState; tenants: TenantOption[]; checked: string[] }) {
  const error = fieldError(state, "tenants");
  return (
    <fieldset className="mb-4" aria-describedby={error ? "tenants-error" : undefined}>
      <legend className="text-sm font-semibold">
        Sprzedawcy<span aria-hidden="true"> *</span>
      </legend>
      <div className="mt-2">
        {tenants.map((t) => (
          <CheckboxField key={t.id} name={`tenant_${t.id}`} label={t.label} state={state} defaultChecked={checked.includes(t.id)} />
        ))}
      </div>
      <ErrorText name="tenants" error={error} />
    </fieldset>
  );
}

export function CreateStaffForm({ action: create, tenants }: { action: FormAction<SecretFormState>; tenants: TenantOption[] }) {
  const [state, action] = useActionState<SecretFormState, FormData>(create, initialFormState);
  if (state.secret) return <SecretBox state={state} />;
  return (
    <form action={action} noValidate data-testid="create-staff-form">
      <FormMessages state={state} />
      <TextField name="email" label="E-mail" type="email" state={state} required autoComplete="off" maxLength={200} />
      <SelectField name="role" label="Rola" state={state} required options={roles} />
      <TenantChoice state={state} tenants={tenants} checked={tenants.length === 1 ? [tenants[0]!.id] : []} />
      <div className="mt-5">
        <SubmitButton>Utwórz konto</SubmitButton>
      </div>
    </form>
  );
}

export function StaffAccessForm({
  action: update,
  id,
  role,
  tenants,
  checked,
}: {
  action: FormAction;
  id: string;
  role: string;
  tenants: TenantOption[];
  checked: string[];
}) {
  const [state, action] = useActionState(update, initialFormState);
  return (
    <form action={action} noValidate data-testid="staff-access-form">
      <FormMessages state={state} />
      <input type="hidden" name="id" value={id} />
      <SelectField name="role" label="Rola" state={state} required options={roles} defaultValue={role} />
      <TenantChoice state={state} tenants={tenants} checked={checked} />
      <SubmitButton>Zapisz dostęp</SubmitButton>
    </form>
  );
}

export function ResetStaffForm({ action: reset, id }: { action: FormAction<SecretFormState>; id: string }) {
  const [state, action] = useActionState<SecretFormState, FormData>(reset, initialFormState);
  if (state.secret) return <SecretBox state={state} />;
  return (
    <form action={action} data-testid="reset-staff-form">
      <FormMessages state={state} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton>Nadaj nowe hasło jednorazowe</SubmitButton>
    </form>
  );
}

/** "Odblokuj", "Wyłącz konto" or "Włącz konto" — one button, the same small form; `action` is the unlock or the disable action. */
export function StaffSwitchForm({ action, id, kind }: { action: FormAction; id: string; kind: "unlock" | "disable" | "enable" }) {
  const label = { unlock: "Odblokuj", disable: "Wyłącz konto", enable: "Włącz konto" }[kind];
  const fields: Record<string, string> = kind === "unlock" ? { id } : { id, disabled: kind === "disable" ? "1" : "0" };
  return <ButtonForm action={action} fields={fields} testId={`staff-${kind}-form`} button={label} />;
}
