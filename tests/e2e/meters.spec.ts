import type { Page } from "@playwright/test";
import { createPointAccount } from "./factories-points";
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, saveScreenshot, tenantUrl, test, viewports } from "./fixtures";
import { signIn } from "./recovery-accounts";
import { warsawDate } from "@/lib/format";

/** MPEC's Liczniki (issue 4, items 7 and 10): the readings history and "Podaj odczyt", with and without JavaScript. */
const today = () => warsawDate(new Date());
const tomorrow = () => warsawDate(new Date(Date.now() + 86_400_000));

async function openMeter(page: Page, meterNumber: string) {
  await page.goto(tenantUrl("mpec", "/liczniki"));
  await page.getByRole("link", { name: `Podaj odczyt licznika nr ${meterNumber}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Licznik nr ${meterNumber}`);
}

async function submit(page: Page, date: string, value: string) {
  await page.locator("#date").fill(date);
  await page.locator("#value").fill(value);
  await page.getByRole("button", { name: "Zapisz odczyt" }).click();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`Liczniki with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a reading in the future or below the last actual one is refused in Polish; a good one shows in the history at once", async ({ page }) => {
      const account = await createPointAccount("mpec");
      await signIn(page, account);
      await openMeter(page, account.meterNumber);

      await submit(page, tomorrow(), "1300");
      await expect(page.locator("#date-error")).toHaveText("Data odczytu nie może być późniejsza niż dzisiejsza.");
      await expect(page.locator("#date")).toHaveAttribute("aria-invalid", "true");
      await expect(page.locator("#value")).toHaveValue("1300");

      await submit(page, today(), "1234,4");
      await expect(page.locator("#value-error")).toHaveText("Wskazanie nie może być mniejsze od ostatniego odczytu rzeczywistego: 1\u00a0234,5\u00a0GJ.");

      await submit(page, today(), "1300,5");
      await expect(page.getByRole("status").filter({ hasText: "Odczyt został zapisany." })).toBeVisible();
      const newest = page.getByTestId("readings").locator("tbody tr").first();
      await expect(newest.locator("td")).toHaveText([today().split("-").reverse().join("."), "1\u00a0300,5", "GJ", "całodobowa", "klienta"]);
      await expect(page.getByTestId("readings").locator("tbody tr")).toHaveCount(4);
    });
  });
}

test("mpec: Liczniki lists the meter with its readings and its sources", async ({ page }) => {
  const account = await createPointAccount("mpec");
  await signIn(page, account);
  await page.getByRole("navigation").getByRole("link", { name: "Liczniki", exact: true }).first().click();
  await expect(page).toHaveURL(/\/liczniki$/);
  const card = page.getByTestId("meters").getByRole("listitem").filter({ hasText: account.meterNumber });
  await expect(card.getByRole("heading", { level: 2 })).toHaveText(`Licznik nr ${account.meterNumber}`);
  await expect(card.getByTestId("readings").locator("tbody tr").nth(0).locator("td").nth(4)).toHaveText("rzeczywisty");
  await expect(card.getByTestId("readings").locator("tbody tr").nth(1).locator("td").nth(4)).toHaveText("szacowany");
  await expect(card.getByTestId("readings").locator("tbody tr").nth(1).locator("td").nth(1)).toHaveText("1\u00a0180,25");
});

test("S13: another customer's meter is 404", async ({ page, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 404/);
  const account = await createPointAccount("mpec");
  const other = await createPointAccount("mpec");
  await signIn(page, account);
  const response = await page.goto(tenantUrl("mpec", `/liczniki/${encodeURIComponent(other.pointId)}`));
  expect(response?.status()).toBe(404);
  await expect(page.getByText(other.meterNumber)).toHaveCount(0);
});

test("mpec: Liczniki screens at 390 and 1280 px, with an error; axe finds nothing", async ({ page }) => {
  const account = await createPointAccount("mpec");
  await signIn(page, account);
  const shoot = async (name: string) => {
    for (const viewport of viewports) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `mpec-${name}-${viewport.name}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  };
  await page.goto(tenantUrl("mpec", "/liczniki"));
  await expectNoAxeViolations(page);
  await shoot("meters-list");
  await openMeter(page, account.meterNumber);
  await expectNoAxeViolations(page);
  await shoot("meter-form");
  await submit(page, tomorrow(), "1000");
  await expect(page.locator("#value-error")).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot("meter-form-errors");
});
