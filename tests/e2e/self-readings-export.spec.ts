import { createSelfReadingAccount } from "./factories-points";
import { pullExport } from "./export-pull";
import { expect, tenantUrl, test } from "./fixtures";
import { signIn } from "./recovery-accounts";
import { warsawDate } from "@/lib/format";

/**
 * Odczyty and the CRM's pull (docs/portal.md §14): a two-zone reading reaches GET /api/export as one
 * line per zone, named by its zone; once pulled it can no longer be corrected. A pull marks every
 * event it hands out as exported, so this file runs in the "export-pulls" project (playwright.config.ts).
 */
for (const tenant of ["polo", "polsp"] as const) {
  test(`${tenant}: the CRM pulls a two-zone self-reading as a day and a night line; then it can no longer be corrected`, async ({ page, request }) => {
    const account = await createSelfReadingAccount(tenant);
    await signIn(page, account);
    await page.goto(tenantUrl(tenant, `/odczyty/${encodeURIComponent(account.twoZone)}`));
    await page.getByLabel("Wskazanie strefy dziennej (kWh)").fill("1080");
    await page.getByLabel("Wskazanie strefy nocnej (kWh)").fill("540,5");
    await page.getByRole("button", { name: "Zapisz odczyt" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Odczyt został zapisany." })).toBeVisible();
    await expect(page.getByTestId("correctable-readings")).toBeVisible();

    const lines = (await pullExport(request, tenant)).filter((l) => l.pointId === account.twoZone);
    const date = warsawDate(new Date());
    expect(lines).toEqual([
      expect.objectContaining({ type: "reading.submitted", customer: account.id, date, value: "1080", unit: "kWh", zone: "day" }),
      expect.objectContaining({ type: "reading.submitted", customer: account.id, date, value: "540.5", unit: "kWh", zone: "night" }),
    ]);
    await page.reload();
    await expect(page.getByTestId("correctable-readings")).toHaveCount(0);
  });
}
