import "server-only";
import { notFound } from "next/navigation";
import type { Tenant } from "@/lib/tenant/schema";
import type { PaymentGateway } from "@/lib/payments/gateway";
import { paymentGateway } from "@/lib/payments/config";

/**
 * Online payment is offered where the tenant has a billing screen (Faktury or Płatności) and a
 * configured gateway; elsewhere the pay buttons are not shown and the payment pages are a 404.
 */
export function offeredGateway(tenant: Tenant): PaymentGateway | null {
  if (!tenant.navigation.some((item) => item.module === "invoices" || item.module === "payments")) return null;
  return paymentGateway(tenant);
}

export function requireGateway(tenant: Tenant): PaymentGateway {
  const gateway = offeredGateway(tenant);
  if (!gateway) notFound();
  return gateway;
}
