import { resolveCustomer } from "@/lib/auth/customer";
import { ROLES, roleAllowed } from "@/lib/auth/customer-scope";
import { offersModule, routeParam } from "@/lib/portal/modules";
import { now } from "@/lib/clock";
import { customerPoint } from "@/lib/points/queries";
import { consumptionHistory } from "@/lib/points/consumption";
import { consumptionCsv } from "@/lib/points/csv";

const notFound = () => new Response("Nie znaleziono.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The consumption table as CSV. A route handler is not behind the portal layout, so it checks the
 * session itself; without one, on a tenant without the points module, or for a point that is not the
 * customer's, it answers 404 (S13) — a download link answers no redirect.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  // A pending forced password change or regulation acceptance keeps the customer out of their data, as on every page.
  const found = await resolveCustomer();
  if (!found.ok || !offersModule(found.customer.scope.tenant, "points") || !roleAllowed(found.customer.scope.role, ROLES.view)) return notFound();
  const { scope } = found.customer;
  const { id } = await params;
  const point = await customerPoint(scope, routeParam(id));
  if (!point) return notFound();
  const csv = consumptionCsv(await consumptionHistory(scope.db, scope.tenant.id, point, now()));
  const name = `zuzycie-${point.code.replace(/[^A-Za-z0-9_-]/g, "_")}.csv`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
