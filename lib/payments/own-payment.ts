import { notFound } from "next/navigation";
import { requireCustomer } from "@/lib/auth/customer";
import { PAYMENT_MODULES, routeParam } from "@/lib/portal/modules";
import { requireGateway } from "@/lib/payments/access";
import { customerPayment } from "@/lib/payments/service";
import { ROLES } from "@/lib/auth/customer-scope";

/**
 * What the screens of one online payment (the redirect, the status) start with: the signed-in
 * customer of a billing module, the tenant's gateway, and the payment — a 404 where the tenant takes
 * no payments online or the payment is not the customer's own (S13).
 */
export async function ownPaymentPage(params: Promise<{ id: string }>) {
  const { scope } = await requireCustomer({ module: PAYMENT_MODULES, roles: ROLES.payments });
  const gateway = requireGateway(scope.tenant);
  const payment = await customerPayment(scope, routeParam((await params).id));
  if (!payment) notFound();
  return { scope, gateway, payment };
}
