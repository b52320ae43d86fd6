import type { Page } from "@playwright/test";
import { createSelfReadingAccount, type SelfReadingAccount } from "./factories-points";
import { expect, expectNoAxeViolations, expectNothingOverflows, shootAtEveryWidth, tenantUrl, test } from "./fixtures";
import { signIn } from "./recovery-accounts";
import { warsawDate } from "@/lib/format";
import { windowClosedMessage } from "@/lib/meters/reading-window";

/**
 * Odczyty (issue 15, item 2; docs/portal.md §14): the Polenergia tenants' self-readings — the points
 * the CRM marked, a two-zone meter's day and night values each checked, the reading window, and
 * correction and withdrawal as on MPEC's Liczniki, with and without JavaScript.
 */
const today = () => warsawDate(new Date());
const polish = (date: string) => date.split("-").reverse().join(".");
const daysAgo = (days: number) => warsawDate(new Date(Date.now() - days * 86_400_000));
const cards = (page: Page) => page.getByTestId("self-readings").locator(":scope > li");
const rows = (page: Page) => page.getByTestId("readings").locator("tbody tr");

/** Photographed at 390 and 1280 px with nothing overflowing, then checked by axe. */
async function shoot(page: Page, name: string) {
  await shootAtEveryWidth(page, name, expectNothingOverflows);
  await expectNoAxeViolations(page);
}

async function submitZones(page: Page, day: string, night: string) {
  await page.getByLabel("Wskazanie strefy dziennej (kWh)").fill(day);
  await page.getByLabel("Wskazanie strefy nocnej (kWh)").fill(night);
  await page.getByRole("button", { name: "Zapisz odczyt" }).click();
}

async function openOdczyty(page: Page, account: SelfReadingAccount) {
  await signIn(page, account);
  await page.getByRole("navigation").getByRole("link", { name: "Odczyty", exact: true }).first().click();
  await expect(page).toHaveURL(/\/odczyty$/);
}

for (const tenant of ["polo", "polsp"] as const) {
  test(`${tenant}: Odczyty lists the points that take readings, says when a window opens and which points take none; the two-zone form checks each zone; screens at 390 and 1280 px`, async ({
    page,
  }) => {
    const account = await createSelfReadingAccount(tenant);
    await openOdczyty(page, account);
    await expect(cards(page)).toHaveCount(2);
    const twoZone = cards(page).filter({ hasText: account.codes[0]! });
    await expect(twoZone.getByRole("heading", { level: 2 })).toHaveText(`Kod PPE: ${account.codes[0]}`);
    await expect(twoZone).toContainText("Licznik dwustrefowy: strefa dzienna i nocna.");
    await expect(twoZone.getByTestId("readings").locator("tbody tr")).toHaveCount(4);
    const windowed = cards(page).filter({ hasText: account.codes[1]! });
    await expect(windowed.getByTestId("reading-window-closed")).toHaveText(windowClosedMessage(account.window, today()));
    await expect(windowed.getByRole("link", { name: `Historia odczytów punktu ${account.codes[1]}` })).toBeVisible();
    await expect(page.getByTestId("no-self-reading")).toContainText(account.codes[2]!);
    await shoot(page, `${tenant}-self-readings-list`);

    await twoZone.getByRole("link", { name: `Podaj odczyt punktu ${account.codes[0]}` }).click();
    await expect(page.getByRole("heading", { name: "Podaj odczyt" })).toBeVisible();
    await shoot(page, `${tenant}-self-reading-form`);
    await submitZones(page, "999", "700");
    await expect(page.locator("#valueDay-error")).toHaveText(
      `Wskazanie strefy dziennej nie może być mniejsze od ostatniego odczytu z ${polish(daysAgo(30))}: 1\u00a0000\u00a0kWh.`,
    );
    await expect(page.locator("#valueNight-error")).toHaveText(
      "Wskazanie strefy nocnej jest znacznie wyższe, niż wynika z dotychczasowego zużycia. Oczekiwany zakres: 500 – 650\u00a0kWh.",
    );
    await expect(page.getByLabel("Potwierdzam, że licznik w strefie nocnej wskazuje 700\u00a0kWh")).toBeVisible();
    await shoot(page, `${tenant}-self-reading-form-errors`);

    const closed = await page.goto(tenantUrl(tenant, `/odczyty/${encodeURIComponent(account.windowed)}`));
    expect(closed?.status()).toBe(200);
    await expect(page.getByTestId("reading-window-closed")).toHaveText(windowClosedMessage(account.window, today()));
    await expect(page.getByTestId("reading-form")).toHaveCount(0);
    await shoot(page, `${tenant}-self-reading-window-closed`);
  });
}

for (const [tenant, javaScriptEnabled] of [
  ["polo", true],
  ["polsp", false],
] as const) {
  test.describe(`Odczyty on ${tenant} with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a two-zone reading is confirmed where it is high, saved per zone, one zone corrected and the other withdrawn", async ({ page }) => {
      const account = await createSelfReadingAccount(tenant);
      await signIn(page, account);
      await page.goto(tenantUrl(tenant, `/odczyty/${encodeURIComponent(account.twoZone)}`));
      await submitZones(page, "1100", "700");
      await expect(page.locator("#confirmNight-error")).toHaveText(
        "Sprawdź wskazanie na liczniku. Jeśli jest poprawne, zaznacz potwierdzenie i zapisz odczyt ponownie.",
      );
      await expect(page.getByLabel("Wskazanie strefy dziennej (kWh)")).toHaveValue("1100");
      await page.getByLabel("Potwierdzam, że licznik w strefie nocnej wskazuje 700\u00a0kWh").check();
      await page.getByRole("button", { name: "Zapisz odczyt" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Odczyt został zapisany." })).toBeVisible();
      await expect(rows(page)).toHaveCount(6);

      const correctable = page.getByTestId("correctable-readings");
      await expect(correctable).toContainText(`${polish(today())} — 1\u00a0100 kWh (strefa dzienna)`);
      await correctable.getByRole("link", { name: `Popraw odczyt z ${polish(today())} (strefa dzienna)` }).click();
      await expect(page.getByRole("heading", { name: `Popraw odczyt z ${polish(today())} (strefa dzienna)` })).toBeVisible();
      await expect(page.getByLabel("Wskazanie strefy nocnej (kWh)")).toHaveCount(0);
      await page.getByLabel("Wskazanie strefy dziennej (kWh)").fill("1050,5");
      await page.getByRole("button", { name: "Zapisz poprawkę" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Odczyt został poprawiony." })).toBeVisible();

      await page
        .getByTestId("correctable-readings")
        .getByRole("button", { name: `Wycofaj odczyt z ${polish(today())} (strefa nocna)` })
        .click();
      await expect(page.getByRole("status").filter({ hasText: "Odczyt został wycofany." })).toBeVisible();
      await expect(rows(page)).toHaveCount(5);
      await expect(rows(page).first().locator("td")).toHaveText([polish(today()), "1\u00a0050,5", "kWh", "dzienna", "klienta"]);
    });
  });
}

test("S13: a point the CRM did not mark, and another customer's point, are 404 on Odczyty", async ({ page, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 404/);
  const account = await createSelfReadingAccount("polo");
  const other = await createSelfReadingAccount("polo");
  await signIn(page, account);
  for (const pointId of [account.plain, other.twoZone]) {
    const response = await page.goto(tenantUrl("polo", `/odczyty/${encodeURIComponent(pointId)}`));
    expect(response?.status()).toBe(404);
  }
});
