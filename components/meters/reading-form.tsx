"use client";

import Link from "next/link";
import { useActionState } from "react";
import { fieldError, initialFormState, type FormState } from "@/lib/actions/form-state";
import { ErrorText, FormMessages, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { readingLabels, readingZoneLabels, zoneFields, type Zone } from "@/lib/meters/reading-form";
import { formatDate } from "@/lib/format";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
export type Correcting = { id: string; date: string; value: string; zone: Zone; cancelHref: string };

/**
 * "Podaj odczyt" for one meter, one value per zone (`zones`: "all", or "day" and "night"), or "Popraw
 * odczyt" for one zone's reading sent today (`correcting`). Works without JavaScript (a plain POST
 * re-renders the page). An implausibly high value comes back with the expected range under its field
 * and a confirmation checkbox; sending it again ticked saves it.
 */
export function ReadingForm({
  action,
  pointId,
  unit,
  today,
  lastDate,
  zones,
  correcting,
}: {
  action: Action;
  pointId: string;
  unit: string;
  today: string;
  lastDate: string | null;
  zones: readonly Zone[];
  correcting?: Correcting;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const zone = correcting && correcting.zone !== "all" ? ` (strefa ${readingZoneLabels[correcting.zone]})` : "";
  const title = correcting ? `Popraw odczyt z ${formatDate(correcting.date)}${zone}` : "Podaj odczyt";
  const shown = correcting ? [correcting.zone] : zones;
  return (
    <form action={formAction} noValidate aria-labelledby="reading-form-title" data-testid="reading-form" id="reading-form">
      <h2 id="reading-form-title" className="mb-4 text-lg font-semibold text-ink">
        {title}
      </h2>
      <FormMessages state={state} />
      <input type="hidden" name="point" value={pointId} />
      <input type="hidden" name="zones" value={shown.join(",")} />
      {correcting ? <input type="hidden" name="replaces" value={correcting.id} /> : null}
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextField
          name="date"
          label={readingLabels.date}
          type="date"
          state={state}
          required
          defaultValue={correcting?.date ?? today}
          hint={lastDate ? `Od ${formatDate(lastDate)} do dziś.` : "Najpóźniej dzisiejsza."}
        />
        {shown.map((zone) => (
          <TextField
            key={zone}
            name={zoneFields[zone].value}
            label={`${zoneFields[zone].label} (${unit})`}
            state={state}
            required
            inputMode="decimal"
            autoComplete="off"
            maxLength={20}
            defaultValue={correcting ? correcting.value.replace(".", ",") : undefined}
            hint="Np. 1234,5 — najwyżej 3 miejsca po przecinku."
          />
        ))}
      </div>
      {shown.map((zone) => (
        <ConfirmHighValue key={zone} state={state} unit={unit} zone={zone} />
      ))}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <SubmitButton>{correcting ? "Zapisz poprawkę" : "Zapisz odczyt"}</SubmitButton>
        {correcting ? (
          <Link
            href={correcting.cancelHref}
            className="inline-flex min-h-11 items-center justify-center px-2 text-brand underline underline-offset-4 hover:no-underline"
          >
            Anuluj poprawianie
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/**
 * The confirmation step: shown when the server asked for it (fieldErrors.confirm) or the customer
 * already ticked it. The box's value is the reading as typed when it was shown, so the server accepts
 * exactly the value the customer confirmed.
 */
function ConfirmHighValue({ state, unit, zone }: { state: FormState; unit: string; zone: Zone }) {
  const { value: valueName, confirm: name } = zoneFields[zone];
  const error = fieldError(state, name);
  const typed = state.values?.[valueName] ?? "";
  if (!error && !state.values?.[name]) return null;
  const checked = state.values?.[name] === typed && !error;
  const what = zone === "all" ? "licznik wskazuje" : `licznik w strefie ${zone === "day" ? "dziennej" : "nocnej"} wskazuje`;
  return (
    <div className="mb-4 rounded-md border border-line bg-surface p-3" data-testid={`reading-confirm-${zone}`}>
      <div className="flex items-start gap-3">
        <input
          id={name}
          name={name}
          type="checkbox"
          value={typed}
          defaultChecked={checked}
          key={`${name}:${typed}:${checked}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${name}-error` : undefined}
          className="mt-1 size-5 shrink-0 accent-brand"
        />
        <label htmlFor={name} className="block text-sm font-semibold break-words text-ink">
          Potwierdzam, że {what} {typed.trim()}&nbsp;{unit}
        </label>
      </div>
      <ErrorText name={name} error={error} />
    </div>
  );
}
