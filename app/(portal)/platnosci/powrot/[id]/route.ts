import { getDb } from "@/db/client";
import { requireCustomer } from "@/lib/auth/customer";
import { routeParam } from "@/lib/portal/modules";
import { clientIp } from "@/lib/tenant/server";
import { requireGateway } from "@/lib/payments/access";
import { returnFromGateway, returnPath } from "@/lib/payments/service";

export const dynamic = "force-dynamic";

/**
 * The gateway's urlReturn: the customer's browser comes back here after paying, "Anuluj" or a failure.
 * A payment the gateway reports as not paid ends now (lib/payments/service.ts, returnFromGateway), so
 * the status page the browser is sent on to already says it was cancelled.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { tenant, account } = await requireCustomer();
  const gateway = requireGateway(tenant);
  const { id } = await params;
  const actor = { tenantId: tenant.id, customerId: account.customerId, accountId: account.id, ip: await clientIp(), userAgent: request.headers.get("user-agent") };
  const paymentId = routeParam(id);
  // Someone else's or an unknown id changes nothing, and the status page answers it with the 404 page.
  await returnFromGateway(await getDb(), gateway, actor, paymentId);
  return new Response(null, { status: 303, headers: { Location: returnPath(paymentId), "Cache-Control": "no-store" } });
}
