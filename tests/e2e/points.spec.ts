import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { createCustomer, type TenantId } from "./factories";
import { createOtherPoint, createPointAccount } from "./factories-points";
import { expect, expectNoAxeViolations, openFromNavigation, tenantUrl, test, shootAtEveryWidth } from "./fixtures";
import { signIn, tenantConfigs } from "./recovery-accounts";
import { monthLabel } from "@/lib/points/months";

/** Punkty poboru / Punkt odbioru (issue 4, item 6): list, detail with the consumption chart and table, CSV, 404s. */
const labelOf = (tenant: TenantId) => tenantConfigs[tenant].navigation.find((item) => item.module === "points")!.label;
const decimalComma = (value: string) => value.replace(".", ",");

/** Fetches a path of the tenant from inside the signed-in page (Node cannot resolve *.localhost), keeping the BOM. */
async function fetchInPage(page: Page, path: string) {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    return { status: response.status, contentType: response.headers.get("content-type"), disposition: response.headers.get("content-disposition"), text };
  }, path);
}

const shoot = (page: Page, name: string) => shootAtEveryWidth(page, name);

for (const tenant of ["polo", "polsp", "mpec"] as const) {
  test.describe(`${tenant}: ${labelOf(tenant)}`, () => {
    test("the list and the detail show the imported point, the chart's table both years, and the CSV the same values", async ({ page }) => {
      const account = await createPointAccount(tenant);
      await signIn(page, account);

      await openFromNavigation(page, labelOf(tenant));
      await expect(page).toHaveURL(/\/punkty-poboru$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(labelOf(tenant));
      const card = page.getByTestId("points").getByRole("listitem").filter({ hasText: account.pointCode });
      await expect(card).toContainText(account.meterNumber);
      await expect(card).toContainText(account.contractNumber);
      await expect(card).toContainText("ul. Licznikowa 12/4, 00-950 Warszawa");
      await expectNoAxeViolations(page);
      await shoot(page, `${tenant}-points-list`);

      await card.getByRole("link", { name: account.pointCode }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(account.pointCode);
      await expect(page.getByRole("heading", { name: `Umowa nr ${account.contractNumber}` })).toBeVisible();
      const chart = page.getByTestId("consumption-chart").getByRole("img");
      await expect(chart).toHaveAccessibleName(new RegExp(`^Zużycie w punkcie ${account.pointCode}`));
      await expect(page.getByTestId("consumption-chart")).toContainText("bieżący okres");
      await expect(page.getByTestId("consumption-chart")).toContainText("rok wcześniej");
      // No inline styles anywhere in the chart (the CSP would block them).
      expect(await page.getByTestId("consumption-chart").innerHTML()).not.toMatch(/style/i);

      const table = page.getByTestId("consumption-table");
      await expect(table.locator("tbody tr")).toHaveCount(12);
      for (const m of account.months) {
        const row = table.locator(`tr[data-month="${m.month}"]`);
        await expect(row.getByRole("rowheader")).toHaveText(monthLabel(m.month));
        await expect(row.getByTestId("current")).toHaveText(decimalComma(m.current));
        await expect(row.getByTestId("previous")).toHaveText(m.previous);
      }
      await expectNoAxeViolations(page);
      // On a phone the table fits its box: nothing to scroll sideways inside it either.
      await page.setViewportSize({ width: 390, height: 844 });
      const tableOverflow = await table.evaluate((el) => el.parentElement!.scrollWidth - el.parentElement!.clientWidth);
      expect(tableOverflow, "consumption table overflow at 390 px").toBeLessThanOrEqual(0);
      await shoot(page, `${tenant}-point-detail`);

      const href = await page.getByRole("link", { name: "Pobierz CSV" }).getAttribute("href");
      expect(href).toBe(`/punkty-poboru/${encodeURIComponent(account.pointId)}/zuzycie.csv`);
      const csv = await fetchInPage(page, href!);
      expect(csv.status).toBe(200);
      expect(csv.contentType).toBe("text/csv; charset=utf-8");
      expect(csv.disposition).toMatch(/^attachment; filename="zuzycie-[A-Za-z0-9_-]+\.csv"$/);
      // The link downloads a file rather than opening it.
      const download = page.waitForEvent("download");
      await page.getByRole("link", { name: "Pobierz CSV" }).click();
      const body = readFileSync((await (await download).path())!, "utf8");
      expect(body.charCodeAt(0)).toBe(0xfeff);
      expect(body).toBe(csv.text);
      for (const m of account.months) expect(body).toMatch(new RegExp(`\\r\\n${m.month};${decimalComma(m.current)};\\d{4}-\\d{2};${m.previous};[\\d,]+\\r\\n`));
    });

    test("S13: another customer's point and its CSV are 404", async ({ page, allowConsoleErrors }) => {
      allowConsoleErrors(/status of 404/);
      const account = await createPointAccount(tenant);
      const other = await createCustomer(tenant);
      const otherPoint = await createOtherPoint(tenant, `${other.id}-K`);
      await signIn(page, account);
      const detail = await page.goto(tenantUrl(tenant, `/punkty-poboru/${encodeURIComponent(otherPoint)}`));
      expect(detail?.status()).toBe(404);
      await expect(page.getByText(otherPoint)).toHaveCount(0);
      expect((await fetchInPage(page, `/punkty-poboru/${encodeURIComponent(otherPoint)}/zuzycie.csv`)).status).toBe(404);
      // The customer's own point still answers, so the 404 is about ownership.
      expect((await fetchInPage(page, `/punkty-poboru/${encodeURIComponent(account.pointId)}/zuzycie.csv`)).status).toBe(200);
    });
  });
}

test("S03: the CSV needs a session", async ({ page, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 404/);
  const account = await createPointAccount("polo");
  const response = await page.goto(tenantUrl("polo", `/punkty-poboru/${encodeURIComponent(account.pointId)}/zuzycie.csv`));
  expect(response?.status()).toBe(404);
});
