import Link from "next/link";
import { requireCustomer } from "@/lib/auth/customer";
import { customerPoints } from "@/lib/points/queries";
import { moduleLabel } from "@/lib/points/module-label";
import { moduleMetadata } from "@/lib/points/module-metadata";
import { PointFacts } from "@/components/points/point-facts";
import { ModuleCards } from "@/components/points/module-page";
import { ROLES } from "@/lib/auth/customer-scope";

export const generateMetadata = moduleMetadata("points");

/** Punkty poboru (MPEC: "Punkt odbioru"): the points of the customer's contracts (issue 4, item 6). */
export default async function PointsPage() {
  const { scope } = await requireCustomer({ module: "points", roles: ROLES.view });
  const { tenant } = scope;
  const rows = await customerPoints(scope);
  return (
    <ModuleCards
      title={moduleLabel(tenant, "points")}
      empty="Nie masz jeszcze punktów poboru widocznych w serwisie."
      testId="points"
      items={rows}
      keyOf={(point) => point.id}
      card={(point) => (
        <>
          <h2 className="text-lg font-semibold break-words">
            <Link href={`/punkty-poboru/${encodeURIComponent(point.id)}`} className="text-brand underline underline-offset-4 hover:no-underline">
              {point.code}
            </Link>
          </h2>
          <PointFacts point={point} />
        </>
      )}
    />
  );
}
