import type { Page } from "@playwright/test";
import { createPointAccount } from "./factories-points";
import { importRecords } from "./factories";
import { pullExport } from "./export-pull";
import { expect, tenantUrl, test } from "./fixtures";
import { signIn } from "./recovery-accounts";
import { warsawDate } from "@/lib/format";

/**
 * Liczniki and the CRM's pull (issue 12, item 6). A pull marks every event it hands out as exported,
 * so this file runs in the "export-pulls" project after the others (playwright.config.ts): a
 * customer's reading in another test must stay correctable while that test corrects it.
 */
const daysAgo = (days: number) => warsawDate(new Date(Date.now() - days * 86_400_000));
const today = () => daysAgo(0);
const rows = (page: Page) => page.getByTestId("readings").locator("tbody tr");

test("after a meter change the CRM marked, a lower reading is accepted; once the CRM exported it, it can no longer be corrected", async ({ page, request }) => {
  const account = await createPointAccount("mpec");
  expect(
    (
      await importRecords("mpec", [
        {
          type: "reading",
          id: `${account.pointId}-NEW`,
          point: account.pointId,
          date: daysAgo(10),
          value: "3",
          unit: "GJ",
          source: "actual",
          meterChange: true,
        },
      ])
    ).status,
  ).toBe(200);
  await signIn(page, account);
  await page.goto(tenantUrl("mpec", `/liczniki/${encodeURIComponent(account.pointId)}`));
  await page.locator("#value").fill("7,5");
  await page.getByRole("button", { name: "Zapisz odczyt" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Odczyt został zapisany." })).toBeVisible();
  await expect(page.getByTestId("correctable-readings")).toBeVisible();

  const line = (await pullExport(request, "mpec")).find((l) => l.pointId === account.pointId && l.type === "reading.submitted");
  expect(line).toMatchObject({ date: today(), value: "7.5", unit: "GJ", readingId: expect.stringMatching(/^web-/) });
  await page.reload();
  await expect(rows(page).first().locator("td").nth(1)).toHaveText("7,5");
  await expect(page.getByTestId("correctable-readings")).toHaveCount(0);
  await page.goto(tenantUrl("mpec", `/liczniki/${encodeURIComponent(account.pointId)}?popraw=${line!.readingId as string}`));
  await expect(page.getByRole("alert").filter({ hasText: "Tego odczytu nie można już zmienić" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Podaj odczyt" })).toBeVisible();
});
