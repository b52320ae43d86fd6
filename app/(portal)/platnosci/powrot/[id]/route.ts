import { requireCustomer } from "@/lib/auth/customer";
import { PAYMENT_MODULES, routeParam } from "@/lib/portal/modules";
import { requestMeta } from "@/lib/request/meta";
import { requireGateway } from "@/lib/payments/access";
import { returnFromGateway, returnPath } from "@/lib/payments/service";
import { ROLES } from "@/lib/auth/customer-scope";

export const dynamic = "force-dynamic";

/**
 * The gateway's urlReturn: the customer's browser comes back here after paying, "Anuluj" or a failure.
 * A payment the gateway reports as not paid ends now (lib/payments/service.ts, returnFromGateway), so
 * the status page the browser is sent on to already says it was cancelled. A GET without an Origin
 * (a cross-site navigation from the gateway), so not under the one request check of POSTs
 * (lib/request/check.ts): it only asks the gateway about the customer's own payment.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { scope } = await requireCustomer({ module: PAYMENT_MODULES, roles: ROLES.payments });
  const gateway = requireGateway(scope.tenant);
  const { id } = await params;
  const paymentId = routeParam(id);
  // Someone else's or an unknown id changes nothing, and the status page answers it with the 404 page.
  await returnFromGateway(scope, await requestMeta(), gateway, paymentId);
  return new Response(null, { status: 303, headers: { Location: returnPath(paymentId), "Cache-Control": "no-store" } });
}
