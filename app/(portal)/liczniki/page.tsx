import Link from "next/link";
import { customerMeters } from "@/lib/meters/queries";
import { moduleMetadata } from "@/lib/points/module-metadata";
import { moduleScreen } from "@/lib/points/module-screen";
import { pointCodeLabels } from "@/lib/points/labels";
import { ReadingsTable } from "@/components/meters/readings-table";
import { formatAddress } from "@/lib/format";
import { moduleListPage } from "@/components/points/module-page";

export const generateMetadata = moduleMetadata("meters");

/** Liczniki (issue 4, item 7): every meter of the customer's points with its readings. */
export default moduleListPage({
  screen: () => moduleScreen("meters"),
  load: customerMeters,
  empty: "Nie masz jeszcze liczników widocznych w serwisie.",
  keyOf: ({ point }) => point.id,
  card: ({ point, readings }) => (
    <>
      <h2 className="text-lg font-semibold break-words">Licznik nr {point.meterNumber}</h2>
      <p className="mt-1 text-sm text-ink-muted break-words">
        {pointCodeLabels[point.kind]}: {point.code} · {formatAddress(point.address)}
      </p>
      <ReadingsTable id={`readings-${point.id}`} caption={`Odczyty licznika nr ${point.meterNumber}`} readings={readings.slice(0, 12)} />
      <p className="mt-4">
        <Link
          href={`/liczniki/${encodeURIComponent(point.id)}`}
          className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2.5 font-semibold text-brand-contrast hover:opacity-90"
        >
          Podaj odczyt<span className="sr-only"> licznika nr {point.meterNumber}</span>
        </Link>
      </p>
    </>
  ),
});
