import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requireCustomer } from "@/lib/auth/customer";
import { requireModule, routeParam } from "@/lib/portal/modules";
import { now } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import { customerMeter } from "@/lib/meters/queries";
import { moduleLabel } from "@/lib/points/module-label";
import { formatAddress, pointCodeLabels } from "@/lib/points/labels";
import { unitOfKind } from "@/lib/points/consumption";
import { unitLabel } from "@/lib/points/quantity";
import { ReadingsTable } from "@/components/meters/readings-table";
import { ReadingForm } from "@/components/meters/reading-form";

export const metadata: Metadata = { title: "Podaj odczyt" };

/** One meter: "Podaj odczyt" and the full readings history, which shows a new reading at once. */
export default async function MeterPage({ params }: { params: Promise<{ id: string }> }) {
  const { tenant, account } = await requireCustomer();
  requireModule(tenant, "meters");
  const { id } = await params;
  const meter = await customerMeter(await getDb(), tenant.id, account.customerId, routeParam(id));
  if (!meter) notFound();
  const { point, readings } = meter;
  const unit = unitLabel(readings[0]?.unit ?? unitOfKind[point.kind]);
  return (
    <>
      <p className="text-sm">
        <Link href="/liczniki" className="text-brand underline underline-offset-4 hover:no-underline">
          ← {moduleLabel(tenant, "meters")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight break-words sm:text-3xl">Licznik nr {point.meterNumber}</h1>
      <p className="mt-1 text-ink-muted break-words">
        {pointCodeLabels[point.kind]}: {point.code} · {formatAddress(point.address)}
      </p>
      <section className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6">
        <ReadingForm pointId={point.id} unit={unit} today={warsawDate(now())} lastDate={readings[0]?.date ?? null} />
      </section>
      <section className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6" aria-labelledby="readings-title">
        <h2 id="readings-title" className="text-lg font-semibold">Historia odczytów</h2>
        <ReadingsTable id="readings" caption={`Odczyty licznika nr ${point.meterNumber}`} readings={readings} />
      </section>
    </>
  );
}
