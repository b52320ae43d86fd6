"use client";
import Link from "next/link";
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { FormMessages } from "@/components/forms/fields";
import { formatDate, formatQuantity, unitLabel } from "@/lib/format";

import type { ReadingRow } from "@/lib/meters/queries";
import { readingZoneLabels } from "@/lib/meters/reading-form";
import { readingPagePath } from "@/lib/meters/paths";
import type { ReadingModule } from "@/lib/meters/reading-module";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** "odczyt z 05.12.2026", with the zone of a two-zone meter's reading: the buttons of two zones must not share a name. */
const readingName = (r: ReadingRow) => `odczyt z ${formatDate(r.date)}${r.zone === "all" ? "" : ` (strefa ${readingZoneLabels[r.zone]})`}`;

/** Readings this customer sent today that the CRM has not exported yet: "Popraw" and "Wycofaj". */
export function CorrectableReadings({
  module,
  readings,
  pointId,
  withdrawAction,
}: {
  module: ReadingModule;
  readings: ReadingRow[];
  pointId: string;
  withdrawAction: Action;
}) {
  if (readings.length === 0) return null;
  return (
    <section
      className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6"
      aria-labelledby="correctable-title"
      data-testid="correctable-readings"
    >
      <h2 id="correctable-title" className="text-lg font-semibold">
        {readings.length === 1 ? "Odczyt podany dzisiaj" : "Odczyty podane dzisiaj"}
      </h2>
      <p className="mt-1 text-sm text-ink-muted">
        {readings.length === 1
          ? "Możesz go poprawić lub wycofać, dopóki nie zostanie przekazany do rozliczenia."
          : "Możesz je poprawić lub wycofać, dopóki nie zostaną przekazane do rozliczenia."}
      </p>
      <ul className="mt-3 divide-y divide-line border-y border-line">
        {readings.map((r) => (
          <li key={r.id} className="flex flex-col gap-3 py-3 sm:flex-row sm:items-center sm:justify-between">
            <p>
              <span className="font-medium">{formatDate(r.date)}</span> — <span className="font-medium tabular-nums">{formatQuantity(r.value)}</span>{" "}
              {unitLabel(r.unit)}
              {r.zone === "all" ? null : <span className="text-ink-muted"> (strefa {readingZoneLabels[r.zone]})</span>}
            </p>
            <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
              <Link
                href={`${readingPagePath(module, pointId, { popraw: r.id })}#reading-form`}
                className="inline-flex min-h-11 items-center justify-center rounded-md border border-brand px-5 py-2.5 font-semibold text-brand hover:bg-surface"
              >
                Popraw<span className="sr-only"> {readingName(r)}</span>
              </Link>
              <WithdrawForm action={withdrawAction} pointId={pointId} reading={r} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function WithdrawForm({ action, pointId, reading }: { action: Action; pointId: string; reading: ReadingRow }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate aria-label={`Wycofaj ${readingName(reading)}`}>
      <FormMessages state={state} />
      <input type="hidden" name="point" value={pointId} />
      <input type="hidden" name="reading" value={reading.id} />
      <button
        type="submit"
        className="inline-flex min-h-11 w-full items-center justify-center rounded-md border border-danger bg-white px-5 py-2.5 font-semibold text-danger hover:bg-surface sm:w-auto"
      >
        Wycofaj<span className="sr-only"> {readingName(reading)}</span>
      </button>
    </form>
  );
}
