"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { FormMessages, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { readingLabels } from "@/lib/meters/reading-form";
import { formatDate } from "@/lib/format";
import { submitReadingAction } from "@/app/(portal)/liczniki/[id]/submit-reading-action";

/** "Podaj odczyt" for one meter; works without JavaScript (a plain POST re-renders the page). */
export function ReadingForm({ pointId, unit, today, lastDate }: { pointId: string; unit: string; today: string; lastDate: string | null }) {
  const [state, formAction] = useActionState(submitReadingAction, initialFormState);
  return (
    <form action={formAction} noValidate aria-labelledby="reading-form-title" data-testid="reading-form">
      <h2 id="reading-form-title" className="mb-4 text-lg font-semibold text-ink">
        Podaj odczyt
      </h2>
      <FormMessages state={state} />
      <input type="hidden" name="point" value={pointId} />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextField name="date" label={readingLabels.date} type="date" state={state} required defaultValue={today} hint={lastDate ? `Od ${formatDate(lastDate)} do dziś.` : "Najpóźniej dzisiejsza."} />
        <TextField name="value" label={`${readingLabels.value} (${unit})`} state={state} required inputMode="decimal" autoComplete="off" maxLength={20} hint="Np. 1234,5 — najwyżej 3 miejsca po przecinku." />
      </div>
      <SubmitButton>Zapisz odczyt</SubmitButton>
    </form>
  );
}
