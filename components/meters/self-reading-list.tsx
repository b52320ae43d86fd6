import Link from "next/link";
import { formatAddress } from "@/lib/format";
import type { CustomerPoint } from "@/lib/points/queries";
import type { SelfReadingPoint } from "@/lib/meters/self-reading-points";
import { readingPagePath } from "@/lib/meters/paths";
import { readingZoneLabels } from "@/lib/meters/reading-form";
import { pointCodeLabels } from "@/lib/points/labels";
import { ReadingsTable } from "@/components/meters/readings-table";
import { ModuleCards } from "@/components/points/module-page";

/**
 * Odczyty (docs/portal.md §14): one card per point that takes the customer's readings — its zones,
 * window, last readings and "Podaj odczyt" (or when the window opens) — then the points that take
 * none here, said in one sentence so a customer does not look for them.
 */
export function SelfReadingList({ title, points, others }: { title: string; points: SelfReadingPoint[]; others: CustomerPoint[] }) {
  return (
    <>
      <ModuleCards
        title={title}
        empty="Żaden z Twoich punktów poboru nie przyjmuje odczytów podawanych w serwisie."
        testId="self-readings"
        items={points}
        keyOf={({ point }) => point.id}
        card={({ point, readings, window, closed }) => (
          <>
            <h2 className="text-lg font-semibold break-words">
              {pointCodeLabels[point.kind]}: {point.code}
            </h2>
            <p className="mt-1 text-sm text-ink-muted break-words">
              {point.meterNumber ? `Licznik nr ${point.meterNumber} · ` : null}
              {formatAddress(point.address)}
            </p>
            <p className="mt-2 text-sm">
              {point.zones.length > 1 ? `Licznik dwustrefowy: strefa ${point.zones.map((z) => readingZoneLabels[z]).join(" i ")}.` : "Licznik jednostrefowy."}
              {window && !closed ? ` ${window}` : null}
            </p>
            <ReadingsTable id={`readings-${point.id}`} caption={`Ostatnie odczyty punktu ${point.code}`} readings={readings.slice(0, 6)} />
            {closed ? (
              <p className="mt-4 text-sm font-medium" data-testid="reading-window-closed">
                {closed}
              </p>
            ) : null}
            <p className="mt-4">
              <Link
                href={readingPagePath("readings", point.id)}
                className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2.5 font-semibold text-brand-contrast hover:opacity-90"
              >
                {closed ? "Historia odczytów" : "Podaj odczyt"}
                <span className="sr-only"> punktu {point.code}</span>
              </Link>
            </p>
          </>
        )}
      />
      {points.length > 0 && others.length > 0 ? (
        <p className="mt-6 rounded-lg border border-line bg-white p-5 text-sm break-words" data-testid="no-self-reading">
          Pozostałe punkty ({others.map((p) => p.code).join(", ")}) nie przyjmują odczytów podawanych w serwisie.
        </p>
      ) : null}
    </>
  );
}
