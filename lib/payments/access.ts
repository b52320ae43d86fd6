import "server-only";
import { notFound } from "next/navigation";
import type { Tenant } from "@/lib/tenant/schema";
import type { PaymentGateway } from "@/lib/payments/gateway";
import { paymentGateway } from "@/lib/payments/config";
import { ROLES, roleAllowed, type CustomerScope } from "@/lib/auth/customer-scope";

/**
 * Online payment is offered where the tenant has a billing screen (Faktury or Płatności) and a
 * configured gateway; elsewhere the pay buttons are not shown and the payment pages are a 404.
 */
export function offeredGateway(tenant: Tenant): PaymentGateway | null {
  if (!tenant.navigation.some((item) => item.module === "invoices" || item.module === "payments")) return null;
  return paymentGateway(tenant);
}

/** The pay buttons for this reader: the tenant offers online payment and the role may pay (docs/accounts.md §17). */
export function canPayOnline(scope: Pick<CustomerScope, "tenant" | "role">): boolean {
  return offeredGateway(scope.tenant) !== null && roleAllowed(scope.role, ROLES.payments);
}

export function requireGateway(tenant: Tenant): PaymentGateway {
  const gateway = offeredGateway(tenant);
  if (!gateway) notFound();
  return gateway;
}
