import type { Page } from "@playwright/test";
import { createPointAccount } from "./factories-points";
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, saveScreenshot, tenantUrl, test, viewports } from "./fixtures";
import { signIn } from "./recovery-accounts";
import { warsawDate } from "@/lib/format";

/**
 * MPEC's Liczniki (issue 4, items 7 and 10; issue 12, item 6): the readings history and "Podaj
 * odczyt" — plausibility, the confirmation step, corrections and withdrawals — with and without JavaScript.
 */
const daysAgo = (days: number) => warsawDate(new Date(Date.now() - days * 86_400_000));
const today = () => daysAgo(0);
const tomorrow = () => daysAgo(-1);
const polish = (date: string) => date.split("-").reverse().join(".");

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

const rows = (page: Page) => page.getByTestId("readings").locator("tbody tr");

for (const javaScriptEnabled of [true, false]) {
  test.describe(`Liczniki with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a reading in the future or below the last one is refused in Polish; an implausibly high one is confirmed with the expected range shown; today's reading is corrected, then withdrawn", async ({
      page,
    }) => {
      const account = await createPointAccount("mpec");
      await signIn(page, account);
      await openMeter(page, account.meterNumber);

      await submit(page, tomorrow(), "1300");
      await expect(page.locator("#date-error")).toHaveText("Data odczytu nie może być późniejsza niż dzisiejsza.");
      await expect(page.locator("#date")).toHaveAttribute("aria-invalid", "true");
      await expect(page.locator("#value")).toHaveValue("1300");

      await submit(page, today(), "1234,4");
      await expect(page.locator("#value-error")).toHaveText(
        `Wskazanie nie może być mniejsze od ostatniego odczytu z ${polish(daysAgo(30))}: 1\u00a0234,5\u00a0GJ.`,
      );
      await expect(page.locator("#value")).toHaveValue("1234,4");
      await expect(page.getByTestId("reading-confirm-all")).toHaveCount(0);

      // The history allows at most 3 × 111,5 GJ a month (the highest month) above 1 234,5 GJ.
      await submit(page, today(), "5000");
      await expect(page.locator("#value-error")).toHaveText(
        "Wskazanie jest znacznie wyższe, niż wynika z dotychczasowego zużycia. Oczekiwany zakres: 1\u00a0234,5 – 1\u00a0569\u00a0GJ.",
      );
      await expect(page.locator("#value")).toHaveValue("5000");
      await expect(page.locator("#confirm-error")).toHaveText(
        "Sprawdź wskazanie na liczniku. Jeśli jest poprawne, zaznacz potwierdzenie i zapisz odczyt ponownie.",
      );
      await expect(rows(page)).toHaveCount(3);
      await page.getByLabel("Potwierdzam, że licznik wskazuje 5000\u00a0GJ").check();
      await page.getByRole("button", { name: "Zapisz odczyt" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Odczyt został zapisany." })).toBeVisible();
      await expect(rows(page).first().locator("td")).toHaveText([polish(today()), "5\u00a0000", "GJ", "całodobowa", "klienta"]);

      const correctable = page.getByTestId("correctable-readings");
      await expect(correctable).toContainText(`${polish(today())} — 5\u00a0000 GJ`);
      await correctable.getByRole("link", { name: `Popraw odczyt z ${polish(today())}` }).click();
      await expect(page.getByRole("heading", { name: `Popraw odczyt z ${polish(today())}` })).toBeVisible();
      await expect(page.locator("#value")).toHaveValue("5000");
      await page.locator("#value").fill("1300,5");
      await page.getByRole("button", { name: "Zapisz poprawkę" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Odczyt został poprawiony." })).toBeVisible();
      await expect(rows(page).first().locator("td")).toHaveText([polish(today()), "1\u00a0300,5", "GJ", "całodobowa", "klienta"]);
      await expect(rows(page)).toHaveCount(4);

      await page
        .getByTestId("correctable-readings")
        .getByRole("button", { name: `Wycofaj odczyt z ${polish(today())}` })
        .click();
      await expect(page.getByRole("status").filter({ hasText: "Odczyt został wycofany." })).toBeVisible();
      await expect(rows(page)).toHaveCount(3);
      await expect(page.getByTestId("correctable-readings")).toHaveCount(0);
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

test("S13: another customer's meter is 404, and so is their reading in the correction link", async ({ page, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 404/);
  const account = await createPointAccount("mpec");
  const other = await createPointAccount("mpec");
  await signIn(page, account);
  const response = await page.goto(tenantUrl("mpec", `/liczniki/${encodeURIComponent(other.pointId)}`));
  expect(response?.status()).toBe(404);
  await expect(page.getByText(other.meterNumber)).toHaveCount(0);
  const theirReading = await page.goto(
    tenantUrl("mpec", `/liczniki/${encodeURIComponent(account.pointId)}?popraw=${encodeURIComponent(`${other.pointId}-R3`)}`),
  );
  expect(theirReading?.status()).toBe(404);
});

test("mpec: Liczniki screens at 390 and 1280 px, with an error, the confirmation step and a correctable reading; axe finds nothing", async ({ page }) => {
  const account = await createPointAccount("mpec");
  await signIn(page, account);
  const shoot = async (name: string) => {
    await expectNoAxeViolations(page);
    for (const viewport of viewports) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `mpec-${name}-${viewport.name}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  };
  await page.goto(tenantUrl("mpec", "/liczniki"));
  await shoot("meters-list");
  await openMeter(page, account.meterNumber);
  await shoot("meter-form");
  await submit(page, tomorrow(), "1000");
  await expect(page.locator("#value-error")).toBeVisible();
  await shoot("meter-form-errors");
  await submit(page, today(), "98765,4");
  await expect(page.locator("#confirm-error")).toBeVisible();
  await shoot("meter-form-confirm");
  await page.locator("#confirm").check();
  await page.getByRole("button", { name: "Zapisz odczyt" }).click();
  await expect(page.getByTestId("correctable-readings")).toBeVisible();
  await shoot("meter-correctable");
  await page
    .getByTestId("correctable-readings")
    .getByRole("link", { name: /^Popraw/ })
    .click();
  await expect(page.getByRole("heading", { name: /^Popraw odczyt z/ })).toBeVisible();
  await shoot("meter-correcting");
});
