"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { FormMessages, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { MarkdownField } from "./markdown-field";

export type RegulationDraftValues = { id?: string; version: string; title: string; markdown: string; effectiveDate: string };

const MARKDOWN_HINT = "Markdown: ## nagłówek, 1. lista numerowana, - lista, **pogrubienie**, [tekst](https://adres). Kod HTML i obrazy nie są wyświetlane.";

function Fields({ state, draft }: { state: Parameters<typeof TextField>[0]["state"]; draft?: RegulationDraftValues }) {
  return (
    <>
      <TextField
        name="version"
        label="Oznaczenie wersji"
        state={state}
        required
        maxLength={40}
        defaultValue={draft?.version}
        hint="Na przykład 2026.1 — bez spacji; pokazywane klientom i w adresie archiwum."
      />
      <TextField name="title" label="Tytuł" state={state} required maxLength={200} defaultValue={draft?.title} />
      <TextField
        name="effectiveDate"
        label="Data wejścia w życie"
        type="date"
        state={state}
        required
        defaultValue={draft?.effectiveDate}
        hint="Dzisiejsza lub późniejsza. Od tego dnia klienci zobaczą regulamin do akceptacji."
      />
      <MarkdownField name="markdown" label="Treść" hint={MARKDOWN_HINT} state={state} defaultValue={draft?.markdown} />
    </>
  );
}

/** "Nowa wersja": saves a draft of one of the admin's tenants. */
export function NewRegulationForm({
  action: create,
  tenants,
  initial,
}: {
  action: FormAction;
  tenants: { value: string; label: string }[];
  initial: Partial<RegulationDraftValues> & { tenantId?: string };
}) {
  const [state, action] = useActionState(create, initialFormState);
  return (
    <form action={action} noValidate data-testid="regulation-form">
      <FormMessages state={state} />
      <SelectField name="tenantId" label="Sprzedawca" state={state} required options={tenants} defaultValue={initial.tenantId} />
      <Fields state={state} draft={{ version: "", title: "", markdown: "", effectiveDate: "", ...initial }} />
      <div className="mt-5">
        <SubmitButton>Zapisz wersję roboczą</SubmitButton>
      </div>
    </form>
  );
}

export function EditRegulationForm({ action: update, draft }: { action: FormAction; draft: RegulationDraftValues & { id: string } }) {
  const [state, action] = useActionState(update, initialFormState);
  return (
    <form action={action} noValidate data-testid="regulation-form">
      <FormMessages state={state} />
      <input type="hidden" name="id" value={draft.id} />
      <Fields state={state} draft={draft} />
      <div className="mt-5">
        <SubmitButton>Zapisz zmiany</SubmitButton>
      </div>
    </form>
  );
}
