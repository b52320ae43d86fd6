import { notFound } from "next/navigation";
import { requireCustomer } from "@/lib/auth/customer";
import { routeParam } from "@/lib/portal/modules";
import { now } from "@/lib/clock";
import { customerPoint } from "@/lib/points/queries";
import { consumptionHistory } from "@/lib/points/consumption";
import { moduleLabel } from "@/lib/points/module-label";
import { moduleMetadata } from "@/lib/points/module-metadata";
import { PointFacts } from "@/components/points/point-facts";
import { ConsumptionChart } from "@/components/points/consumption-chart";
import { ConsumptionTable } from "@/components/points/consumption-table";
import { DetailHeading } from "@/components/points/module-page";
import { contractStatusLabels } from "@/lib/contracts/queries";
import { formatDate } from "@/lib/format";
import { ROLES } from "@/lib/auth/customer-scope";

export const generateMetadata = moduleMetadata("points");

/** One point of delivery with its consumption over the last 12 months against the year before. */
export default async function PointPage({ params }: { params: Promise<{ id: string }> }) {
  const { scope } = await requireCustomer({ module: "points", roles: ROLES.view });
  const { tenant } = scope;
  const { id } = await params;
  const point = await customerPoint(scope, routeParam(id));
  if (!point) notFound();
  const history = await consumptionHistory(scope.db, tenant.id, point, now());
  const hasData = history.months.some((m) => m.current !== null || m.previous !== null);
  const csvHref = `/punkty-poboru/${encodeURIComponent(point.id)}/zuzycie.csv`;
  return (
    <>
      <DetailHeading back={{ href: "/punkty-poboru", label: moduleLabel(tenant, "points") }} title={point.code} />
      <section className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6" aria-labelledby="point-facts">
        <h2 id="point-facts" className="text-lg font-semibold">
          Dane punktu
        </h2>
        <PointFacts point={point} withContract={false} />
      </section>
      <section className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6" aria-labelledby="point-contract">
        <h2 id="point-contract" className="text-lg font-semibold">
          Umowa nr {point.contractNumber}
        </h2>
        <dl className="mt-3 grid grid-cols-[max-content_1fr] items-baseline gap-x-4 gap-y-2 sm:gap-x-6">
          <dt className="text-sm text-ink-muted">Status</dt>
          <dd className="font-medium">{contractStatusLabels[point.contractStatus]}</dd>
          <dt className="text-sm text-ink-muted">Produkt</dt>
          <dd>{point.contractProduct ?? "—"}</dd>
          <dt className="text-sm text-ink-muted">Obowiązuje od</dt>
          <dd>{point.contractStartDate ? formatDate(point.contractStartDate) : "—"}</dd>
        </dl>
      </section>
      <section className="mt-6 rounded-lg border border-line bg-white p-4 shadow-xs sm:p-6" aria-labelledby="point-consumption">
        <h2 id="point-consumption" className="text-lg font-semibold">
          Historia zużycia
        </h2>
        {hasData ? (
          <>
            <p className="mt-1 text-sm text-ink-muted">Ostatnie 12 pełnych miesięcy w porównaniu z tymi samymi miesiącami rok wcześniej.</p>
            <div className="mt-4">
              <ConsumptionChart history={history} pointCode={point.code} />
            </div>
            <ConsumptionTable history={history} />
            <p className="mt-4">
              <a href={csvHref} download className="font-semibold text-brand underline underline-offset-4 hover:no-underline">
                Pobierz CSV
              </a>
            </p>
          </>
        ) : (
          <p className="mt-3">Brak danych o zużyciu w ostatnich 24 miesiącach.</p>
        )}
      </section>
    </>
  );
}
