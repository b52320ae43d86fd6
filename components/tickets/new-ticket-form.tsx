import { FormMessages, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/actions/form-state";
import type { Tenant } from "@/lib/tenant/schema";
import type { TicketWords } from "@/lib/tickets/labels";
import { MAX_SUBJECT } from "@/lib/tickets/limits";
import type { TicketTargets } from "@/lib/tickets/scope";
import { AttachmentsField, TextAreaField } from "@/components/tickets/ticket-fields";

/**
 * A plain multipart form posted to the route handler /api/tickets: files need no JavaScript, and
 * errors come back through a 303 to this page (lib/tickets/flash.ts).
 */
export function NewTicketForm({ tenant, words, targets, state }: { tenant: Tenant; words: TicketWords; targets: TicketTargets; state: FormState }) {
  const categories = [{ value: "", label: "— wybierz —" }, ...tenant.ticketCategories.map((c) => ({ value: c.id, label: c.label }))];
  const contracts = [{ value: "", label: "— nie dotyczy —" }, ...targets.contracts.map((c) => ({ value: c.id, label: `Umowa nr ${c.number}` }))];
  const points = [{ value: "", label: "— nie dotyczy —" }, ...targets.points.map((p) => ({ value: p.id, label: p.code }))];
  return (
    <form
      method="post"
      action="/api/tickets"
      encType="multipart/form-data"
      noValidate
      className="rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6"
      data-testid="new-ticket-form"
    >
      <FormMessages state={state} />
      <SelectField name="kategoria" label="Kategoria" state={state} required options={categories} />
      <TextField name="temat" label="Temat" state={state} required maxLength={MAX_SUBJECT} />
      <TextAreaField name="wiadomosc" label="Treść" state={state} required />
      {targets.contracts.length ? <SelectField name="umowa" label="Umowa" state={state} options={contracts} /> : null}
      {targets.points.length ? <SelectField name="punkt" label="Punkt" state={state} options={points} /> : null}
      <AttachmentsField state={state} />
      <p className="mb-4 text-sm text-ink-muted">Pola oznaczone * są wymagane.</p>
      <SubmitButton>{words.send}</SubmitButton>
    </form>
  );
}
