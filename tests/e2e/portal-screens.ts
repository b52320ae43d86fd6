import { readdirSync } from "node:fs";
import path from "node:path";
import { DOCUMENT_MODULES, moduleRoutes, PAYMENT_MODULES, type ModuleRule } from "@/lib/portal/modules";
import type { ModuleId } from "@/lib/tenant/schema";

/**
 * Every page and route under app/(portal), read from the file system, so a new screen is walked
 * without anyone listing it (module-routes.spec.ts: modules per tenant; delegates.spec.ts: roles).
 */
const portalDir = path.join(process.cwd(), "app", "(portal)");

/** Screens shared by several modules (the pages call requireCustomer with the same rule). */
const sharedScreens: Record<string, ModuleRule> = {
  "/faktury/[id]": DOCUMENT_MODULES,
  "/faktury/[id]/pdf": DOCUMENT_MODULES,
  "/platnosci/zaplac": PAYMENT_MODULES,
  "/platnosci/status/[id]": PAYMENT_MODULES,
  "/platnosci/przekierowanie/[id]": PAYMENT_MODULES,
  "/platnosci/powrot/[id]": PAYMENT_MODULES,
};

const moduleOfRoute = new Map<string, ModuleId>(Object.entries(moduleRoutes).map(([module, route]) => [route, module as ModuleId]));

/** `file`: the path under app/ ("(portal)/faktury/[id]/pdf/route.ts"), as tests/unit/customer-roles.test.ts names it. */
export type Screen = { pattern: string; url: string; dynamic: boolean; rule: ModuleRule; file: string };

/** Every page.tsx and route.ts under app/(portal), as URL patterns ("/faktury/[id]/pdf"). */
export function portalScreens(dir = portalDir, segments: string[] = []): Screen[] {
  const screens: Screen[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const inUrl = /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name];
      screens.push(...portalScreens(path.join(dir, entry.name), inUrl));
    } else if (/^(page\.tsx|route\.ts)$/.test(entry.name) && segments.length > 0) {
      const pattern = `/${segments.join("/")}`;
      const top = moduleOfRoute.get(`/${segments[0]}`);
      const rule = sharedScreens[pattern] ?? top;
      if (!rule) throw new Error(`${pattern}: no module owns /${segments[0]} (lib/portal/modules.ts moduleRoutes)`);
      const url = `/${segments.map((s) => (s.startsWith("[") ? "nie-ma-takiego-00000000" : s)).join("/")}`;
      const file = path.relative(path.dirname(portalDir), path.join(dir, entry.name));
      screens.push({ pattern, url, dynamic: segments.some((s) => s.startsWith("[")), rule, file });
    }
  }
  return screens;
}
