import { requireCustomer } from "@/lib/auth/customer";
import { ROLES } from "@/lib/auth/customer-scope";
import type { ModuleId } from "@/lib/tenant/schema";
import { moduleLabel } from "./module-label";

/**
 * What a module's list screen starts with (Punkty poboru, Liczniki): the signed-in customer of the
 * module (any role that may view it) and the tenant's own name of the module, the screen's heading.
 */
export async function moduleScreen(module: ModuleId) {
  const { scope } = await requireCustomer({ module, roles: ROLES.view });
  return { module, scope, title: moduleLabel(scope.tenant, module) };
}
