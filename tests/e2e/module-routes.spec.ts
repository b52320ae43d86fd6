import { moduleRoutes, offersModule } from "@/lib/portal/modules";
import { portalScreens } from "./portal-screens";
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
