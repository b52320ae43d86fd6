import { notFound } from "next/navigation";
import type { ModuleId, Tenant } from "@/lib/tenant/schema";

/**
 * A billing screen exists for a tenant only when its navigation has one of `modules` (POLO/POLSp
 * have "Faktury", MPEC "Płatności" and "Dokumenty"); otherwise the route is a 404 like any other.
 * Returns the tenant's label of the first of them.
 */
export function requireBillingModule(tenant: Tenant, modules: ModuleId[]): { label: string; module: ModuleId } {
  const item = tenant.navigation.find((entry) => modules.includes(entry.module));
  if (!item) notFound();
  return { label: item.label, module: item.module };
}
