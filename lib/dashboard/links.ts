import type { ModuleId, Tenant } from "@/lib/tenant/schema";
import { availableModules, moduleRoutes } from "@/lib/portal/modules";

/** A tile links to a module only when its screen exists and the tenant shows it; otherwise null. */
export function moduleHref(tenant: Tenant, module: ModuleId): string | null {
  if (!availableModules.has(module) || !tenant.navigation.some((item) => item.module === module)) return null;
  return moduleRoutes[module];
}
