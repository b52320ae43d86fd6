import { readdirSync } from "node:fs";
import path from "node:path";
import { DOCUMENT_MODULES, moduleRoutes, offersModule, PAYMENT_MODULES, type ModuleRule } from "@/lib/portal/modules";
import type { ModuleId } from "@/lib/tenant/schema";
import { expect, test } from "./fixtures";
import { createAccount, signIn, tenantConfigs } from "./recovery-accounts";
import type { TenantId } from "./factories";

/**
 * Every screen of a module answers only on the tenants that offer it (issue 16): signed in as a
 * customer of each tenant, every page and route under app/(portal) — read from the file system, so
 * a new screen is walked without anyone listing it here — is a 404 where the tenant does not offer
 * its module (MPEC's /pulpit and /faktury; Polenergia's /liczniki, /dokumenty, /platnosci)
 * and is not a 404 where it does. A dynamic segment gets an id nobody has: on an offering tenant
 * that page is a 404 of its own (an unknown id), so only the static screens are held to "not 404".
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

type Screen = { pattern: string; url: string; dynamic: boolean; rule: ModuleRule };

/** Every page.tsx and route.ts under app/(portal), as URL patterns ("/faktury/[id]/pdf"). */
function portalScreens(dir = portalDir, segments: string[] = []): Screen[] {
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
      screens.push({ pattern, url, dynamic: segments.some((s) => s.startsWith("[")), rule });
    }
  }
  return screens;
}

const screens = portalScreens();

test("the walk finds every module's screens, dynamic ones included", () => {
  const patterns = screens.map((s) => s.pattern);
  for (const route of Object.values(moduleRoutes)) expect(patterns).toContain(route);
  expect(patterns).toEqual(expect.arrayContaining(["/faktury/[id]/pdf", "/liczniki/[id]", "/zgloszenia/nowe", "/moje-dane/potwierdz-email/[token]"]));
});

for (const tenant of ["polo", "polsp", "mpec"] as TenantId[]) {
  test(`${tenant}: a module the tenant does not offer is a 404 on every screen; one it offers answers`, async ({ page, allowConsoleErrors }) => {
    test.slow();
    allowConsoleErrors(/status of 404/);
    const config = tenantConfigs[tenant];
    await signIn(page, await createAccount(tenant));
    const answers: string[] = [];
    const expected: string[] = [];
    for (const screen of screens) {
      const offered = offersModule(config, screen.rule);
      if (offered && screen.dynamic) continue;
      // From the signed-in page, with its session cookie; a redirect is an answer too, not followed.
      const status = await page.evaluate(async (href) => (await fetch(href, { redirect: "manual" })).status, screen.url);
      answers.push(`${screen.pattern} ${status === 404 ? "404" : "answers"}`);
      expected.push(`${screen.pattern} ${offered ? "answers" : "404"}`);
    }
    expect(answers).toEqual(expected);
    expect(expected.filter((line) => line.endsWith("404")).length).toBeGreaterThan(0);
  });
}
