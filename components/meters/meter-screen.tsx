import { formatAddress } from "@/lib/format";
import type { FormAction } from "@/lib/actions/form-state";
import type { MeterPageData } from "@/lib/meters/meter-page";
import { readingPagePath } from "@/lib/meters/paths";
import type { ReadingModule } from "@/lib/meters/reading-module";
import { pointCodeLabels } from "@/lib/points/labels";
import { ReadingsTable } from "@/components/meters/readings-table";
import { ReadingForm } from "@/components/meters/reading-form";
import { CorrectableReadings } from "@/components/meters/correctable-readings";
import { DetailHeading } from "@/components/points/module-page";

/**
 * One point's readings page (lib/meters/meter-page.ts): the notice after a redirect, today's
 * correctable readings, the form (or, outside the reading window, when it opens) and the history,
 * which shows a new reading at once.
 */
export function MeterScreen({
  module,
  data,
  title,
  back,
  submitAction,
  withdrawAction,
}: {
  module: ReadingModule;
  data: MeterPageData;
  title: string;
  back: { href: string; label: string };
  submitAction: FormAction;
  withdrawAction: FormAction;
}) {
  const { point, readings, correcting } = data;
  return (
    <>
      <DetailHeading back={back} title={title} />
      <p className="mt-1 text-ink-muted break-words">
        {pointCodeLabels[point.kind]}: {point.code} · {formatAddress(point.address)}
      </p>
      {data.notice ? (
        <p role="status" className="mt-4 rounded-md border border-success bg-white p-3 text-sm font-medium text-success">
          {data.notice}
        </p>
      ) : null}
      {data.refusal ? (
        <p role="alert" className="mt-4 rounded-md border border-danger bg-white p-3 text-sm font-medium text-danger">
          {data.refusal}
        </p>
      ) : null}
      {correcting ? null : <CorrectableReadings module={module} readings={data.correctable} pointId={point.id} withdrawAction={withdrawAction} />}
      <section className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6">
        {data.closed ? (
          <>
            <h2 className="text-lg font-semibold text-ink">Podaj odczyt</h2>
            <p className="mt-2" data-testid="reading-window-closed">
              {data.closed}
            </p>
          </>
        ) : (
          <ReadingForm
            key={correcting?.id ?? "new"}
            action={submitAction}
            pointId={point.id}
            unit={data.unit}
            today={data.today}
            lastDate={data.lastDate}
            zones={point.zones}
            correcting={
              correcting
                ? { id: correcting.id, date: correcting.date, value: correcting.value, zone: correcting.zone, cancelHref: readingPagePath(module, point.id) }
                : undefined
            }
          />
        )}
      </section>
      <section className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6" aria-labelledby="readings-title">
        <h2 id="readings-title" className="text-lg font-semibold">
          Historia odczytów
        </h2>
        <ReadingsTable id="readings" caption={`Odczyty licznika nr ${point.meterNumber ?? point.code}`} readings={readings} />
      </section>
    </>
  );
}
