import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireCustomer } from "@/lib/auth/customer";
import { routeParam } from "@/lib/portal/modules";
import { now } from "@/lib/clock";
import { formatAddress, unitLabel, warsawDate } from "@/lib/format";
import { customerMeter } from "@/lib/meters/queries";
import { meterNotices, meterPath } from "@/lib/meters/paths";
import { findOwnReading } from "@/lib/meters/own-reading";
import { correctionRefusal } from "@/lib/meters/correctable";
import { moduleLabel } from "@/lib/points/module-label";
import { pointCodeLabels } from "@/lib/points/labels";
import { unitOfKind } from "@/lib/points/consumption";
import { ReadingsTable } from "@/components/meters/readings-table";
import { ReadingForm } from "@/components/meters/reading-form";
import { CorrectableReadings } from "@/components/meters/correctable-readings";
import { DetailHeading } from "@/components/points/module-page";
import { submitReadingAction, withdrawReadingAction } from "./reading-actions";
import { ROLES } from "@/lib/auth/customer-scope";

export const metadata: Metadata = { title: "Podaj odczyt" };

type SearchParams = { popraw?: string | string[]; odczyt?: string | string[] };
const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/**
 * One meter: "Podaj odczyt", today's readings that can still be corrected or withdrawn, and the full
 * readings history, which shows a new reading at once. `?popraw=<reading>` turns the form into the
 * correction of that reading; a reading id not on this meter is a 404 (S13).
 */
export default async function MeterPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { scope } = await requireCustomer({ module: "meters", roles: ROLES.view });
  const { tenant } = scope;
  const { id } = await params;
  const search = await searchParams;
  const meter = await customerMeter(scope, routeParam(id));
  if (!meter) notFound();
  const { point, readings } = meter;
  const unit = unitLabel(readings[0]?.unit ?? unitOfKind[point.kind]);
  const correctId = single(search.popraw);
  const target = correctId === undefined ? undefined : readings.find((r) => r.id === correctId);
  // Not among the live readings: the customer's own, already replaced or withdrawn (e.g. an old tab), or a 404.
  const gone = correctId !== undefined && !target ? await findOwnReading(scope, point.id, correctId) : null;
  if (correctId !== undefined && !target && !gone) notFound();
  const correcting = target?.correctable ? target : undefined;
  const refusal = gone
    ? correctionRefusal(gone, now())
    : target && !correcting
      ? "Tego odczytu nie można już zmienić: poprawić lub wycofać można tylko odczyt podany dzisiaj, dopóki nie zostanie przekazany do rozliczenia."
      : null;
  const others = correcting ? readings.filter((r) => r.id !== correcting.id) : readings;
  const notice = meterNotices[single(search.odczyt) ?? ""];
  const correctable = readings.filter((r) => r.correctable);
  return (
    <>
      <DetailHeading back={{ href: "/liczniki", label: moduleLabel(tenant, "meters") }} title={`Licznik nr ${point.meterNumber}`} />
      <p className="mt-1 text-ink-muted break-words">
        {pointCodeLabels[point.kind]}: {point.code} · {formatAddress(point.address)}
      </p>
      {notice ? (
        <p role="status" className="mt-4 rounded-md border border-success bg-white p-3 text-sm font-medium text-success">
          {notice}
        </p>
      ) : null}
      {refusal ? (
        <p role="alert" className="mt-4 rounded-md border border-danger bg-white p-3 text-sm font-medium text-danger">
          {refusal}
        </p>
      ) : null}
      {correcting ? null : <CorrectableReadings readings={correctable} pointId={point.id} withdrawAction={withdrawReadingAction} />}
      <section className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6">
        <ReadingForm
          key={correcting?.id ?? "new"}
          action={submitReadingAction}
          pointId={point.id}
          unit={unit}
          today={warsawDate(now())}
          lastDate={others[0]?.date ?? null}
          correcting={correcting ? { id: correcting.id, date: correcting.date, value: correcting.value, cancelHref: meterPath(point.id) } : undefined}
        />
      </section>
      <section className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6" aria-labelledby="readings-title">
        <h2 id="readings-title" className="text-lg font-semibold">
          Historia odczytów
        </h2>
        <ReadingsTable id="readings" caption={`Odczyty licznika nr ${point.meterNumber}`} readings={readings} />
      </section>
    </>
  );
}
