import { notFound } from "next/navigation";
import { requireCustomer } from "@/lib/auth/customer";
import { ROLES } from "@/lib/auth/customer-scope";
import { routeParam } from "@/lib/portal/modules";
import { meterPageData, type MeterPageSearch } from "@/lib/meters/meter-page";
import { readingModuleRoutes, type ReadingModule } from "@/lib/meters/reading-module";
import { moduleLabel } from "@/lib/points/module-label";

/** What the route of one point's readings page is given. */
export type MeterRouteProps = { params: Promise<{ id: string }>; searchParams: Promise<MeterPageSearch> };

/**
 * What MeterScreen shows for one point of a readings screen (MPEC's Liczniki, docs/portal.md §8;
 * Odczyty, docs/portal.md §14): the signed-in customer of the module (any role that may view it), the page's data or
 * a 404, the title — the meter's number, or the point's code for a point without a meter (only Odczyty
 * lists those) — and the way back to the module's list under the tenant's name of the module.
 */
export async function meterScreenProps(module: ReadingModule, { params, searchParams }: MeterRouteProps) {
  const { scope } = await requireCustomer({ module, roles: ROLES.view });
  const data = await meterPageData(scope, module, routeParam((await params).id), await searchParams);
  if (!data) notFound();
  const title = data.point.meterNumber ? `Licznik nr ${data.point.meterNumber}` : `Punkt poboru ${data.point.code}`;
  return { module, data, title, back: { href: readingModuleRoutes[module], label: moduleLabel(scope.tenant, module) } };
}
