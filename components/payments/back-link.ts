import type { Tenant } from "@/lib/tenant/schema";
import { moduleHref } from "@/lib/portal/modules";

/** Where "back" leads from the payment pages: Faktury (POLO, POLSp) or Płatności (MPEC). */
export function billingHome(tenant: Tenant): { href: string; label: string } {
  for (const id of ["invoices", "payments"] as const) {
    const href = moduleHref(tenant, id);
    const label = tenant.navigation.find((item) => item.module === id)?.label;
    if (href && label) return { href, label };
  }
  return { href: "/", label: "Strona główna" };
}
