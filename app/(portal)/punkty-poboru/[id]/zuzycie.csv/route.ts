import { getDb } from "@/db/client";
import { findCustomer } from "@/lib/auth/customer";
import { routeParam } from "@/lib/portal/modules";
import { now } from "@/lib/clock";
import { customerPoint } from "@/lib/points/queries";
import { consumptionHistory } from "@/lib/points/consumption";
import { consumptionCsv } from "@/lib/points/csv";

const notFound = () => new Response("Nie znaleziono.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The consumption table as CSV. A route handler is not behind the portal layout, so it checks the
 * session itself; without one, or for a point that is not the customer's, it answers 404 (S13).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const customer = await findCustomer();
  const db = await getDb();
  // A pending forced password change or regulation acceptance keeps the customer out of their data, as on every page.
  if (!customer || customer.account.mustChangePassword || customer.regulationPending) return notFound();
  const { id } = await params;
  const point = await customerPoint(db, customer.tenant.id, customer.account.customerId, routeParam(id));
  if (!point) return notFound();
  const csv = consumptionCsv(await consumptionHistory(db, customer.tenant.id, point, now()));
  const name = `zuzycie-${point.code.replace(/[^A-Za-z0-9_-]/g, "_")}.csv`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
