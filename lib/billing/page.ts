import { requireCustomer, type CustomerScope } from "@/lib/auth/customer";
import { requireBillingModule } from "@/lib/billing/access";
import { balanceOf } from "@/lib/billing/balance";
import { now } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import { canPayOnline } from "@/lib/payments/access";
import { onlineSummary, type OnlineSummary } from "@/lib/payments/records";
import { ROLES } from "@/lib/auth/customer-scope";

export type BillingSearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * What a billing list screen starts with (Faktury, Płatności, Dokumenty): the signed-in customer of
 * the module, the tenant's label for it (a 404 where the tenant has no such screen) and the query.
 */
export async function billingListPage(module: "invoices" | "payments" | "documents", searchParams: BillingSearchParams) {
  const { scope } = await requireCustomer({ module, roles: ROLES.view });
  const { label } = requireBillingModule(scope.tenant, [module]);
  return { scope, label, params: await searchParams };
}

export type BillingOverview = { today: string; balance: number; online: OnlineSummary; canPay: boolean };

/** The balance as of today, the online payments still being settled, and whether this tenant takes payments online. */
export async function billingOverview(scope: CustomerScope): Promise<BillingOverview> {
  const at = now();
  const today = warsawDate(at);
  const balance = await balanceOf(scope, today);
  const online = await onlineSummary(scope, at);
  return { today, balance, online, canPay: canPayOnline(scope) };
}
