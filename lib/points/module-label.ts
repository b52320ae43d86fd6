import type { ModuleId, Tenant } from "@/lib/tenant/schema";

const fallback: Partial<Record<ModuleId, string>> = { points: "Punkty poboru", meters: "Liczniki", readings: "Odczyty" };

/** The tenant's own name of a module (MPEC: "Punkt odbioru"), from its navigation. */
export function moduleLabel(tenant: Tenant, module: ModuleId): string {
  return tenant.navigation.find((item) => item.module === module)?.label ?? fallback[module] ?? module;
}
