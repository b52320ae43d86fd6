import type { Metadata } from "next";
import Link from "next/link";
import { requireCustomer } from "@/lib/auth/customer";
import { getTenant } from "@/lib/tenant/server";
import { customerPoints } from "@/lib/points/queries";
import { moduleLabel } from "@/lib/points/module-label";
import { PointFacts } from "@/components/points/point-facts";

/** The tenant's own name of the module (MPEC: "Punkt odbioru"). */
export async function generateMetadata(): Promise<Metadata> {
  return { title: moduleLabel(await getTenant(), "points") };
}

/** Punkty poboru (MPEC: "Punkt odbioru"): the points of the customer's contracts (issue 4, item 6). */
export default async function PointsPage() {
  const { scope } = await requireCustomer({ module: "points" });
  const { tenant } = scope;
  const rows = await customerPoints(scope);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{moduleLabel(tenant, "points")}</h1>
      {rows.length === 0 ? (
        <p className="mt-6 rounded-lg border border-line bg-white p-5">Nie masz jeszcze punktów poboru widocznych w serwisie.</p>
      ) : (
        <ul className="mt-6 grid gap-4" data-testid="points">
          {rows.map((point) => (
            <li key={point.id} className="min-w-0 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6">
              <h2 className="text-lg font-semibold break-words">
                <Link href={`/punkty-poboru/${encodeURIComponent(point.id)}`} className="text-brand underline underline-offset-4 hover:no-underline">
                  {point.code}
                </Link>
              </h2>
              <PointFacts point={point} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
