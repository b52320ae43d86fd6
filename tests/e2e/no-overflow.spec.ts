import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { contrastRatio } from "@/lib/colour/contrast";
import { navigation } from "@/lib/portal/modules";
import { payHref } from "@/lib/payments/links";
import type { TenantId } from "./factories";
import { createListsAccount } from "./factories-lists";
import { expect, expectNoAxeViolations, expectNothingOverflows, saveScreenshot, tenantUrl, test, viewports } from "./fixtures";
import { signIn, tenantConfigs } from "./recovery-accounts";
import { consoleUrl, staffSession } from "./staff";

/**
 * Issue 13: every screen of every tenant and of the console fits a 390 px phone and a 1280 px
 * screen — no sideways scrolling, no table wider than its box — with lists full enough for a pager
 * and long document numbers. The pager's current page stays readable in every brand.
 */
const slug = (path: string) =>
  path
    .replace(/^\//, "")
    .replace(/[^a-z0-9]+/gi, "-")
    .replace(/-$/, "") || "start";

/** "rgb(1, 2, 3)" → "#010203"; null for a transparent colour. */
function hex(colour: string): string | null {
  const m = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(colour);
  if (!m || m[4] === "0") return null;
  return `#${[m[1], m[2], m[3]].map((n) => Number(n).toString(16).padStart(2, "0")).join("")}`;
}

/** The pager's current page: text against the first opaque background behind it, ≥ 4.5:1 (and axe agrees). */
async function expectReadablePager(page: Page): Promise<boolean> {
  const current = page.getByTestId("current-page");
  if ((await current.count()) === 0) return false;
  for (const element of await current.all()) {
    const [text, backgrounds] = await element.evaluate((el) => {
      const layers: string[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) layers.push(getComputedStyle(node).backgroundColor);
      return [getComputedStyle(el).color, layers] as const;
    });
    const background = backgrounds.map(hex).find((c) => c !== null) ?? "#ffffff";
    expect(contrastRatio(hex(text)!, background), `current page ${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
  }
  const axe = await new AxeBuilder({ page }).include("[data-testid=current-page]").withRules(["color-contrast"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  return true;
}

/** At phone width the first document's amount, status and pay control lie within the screen. */
async function expectRowFieldsOnScreen(page: Page) {
  const row = page.getByTestId("document-row").first();
  if ((await row.count()) === 0) return;
  const width = page.viewportSize()!.width;
  const fields = [row.locator("td[data-label='Kwota brutto']"), row.getByTestId("document-status")];
  if ((await row.locator("input[name=dokument]").count()) > 0) fields.push(row.locator("input[name=dokument]"), row.getByTestId("pay-document"));
  for (const field of fields) {
    const box = (await field.boundingBox())!;
    expect(box.x, `${field} left edge`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${field} right edge`).toBeLessThanOrEqual(width);
  }
}

async function checkScreen(page: Page, url: string, name: string): Promise<{ pager: boolean }> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  let pager = false;
  for (const viewport of viewports) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await saveScreenshot(page, `no-overflow-${name}-${viewport.name}`);
    await expectNothingOverflows(page);
    pager = (await expectReadablePager(page)) || pager;
    if (viewport.width < 640) {
      await expectRowFieldsOnScreen(page);
      // The cards are the phone's markup: axe checks them there (the other specs run it at 1280 px).
      await expectNoAxeViolations(page);
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  return { pager };
}

for (const tenant of ["polo", "polsp", "mpec"] as const satisfies TenantId[]) {
  test(`${tenant}: every menu page and detail page fits 390 and 1280 px, with a readable pager`, async ({ page }) => {
    // About fifteen screens, each at two widths with axe at one: far more than the default 30 s.
    test.setTimeout(300_000);
    const account = await createListsAccount(tenant);
    await signIn(page, account);
    const config = tenantConfigs[tenant];
    const has = (module: string) => config.navigation.some((item) => item.module === module);
    // [screenshot name, path]: the menu, the second pages of the lists, and one of each detail page.
    const screens: [string, string][] = [
      ...navigation(config).map((item): [string, string] => [slug(item.href), item.href]),
      ...(has("invoices")
        ? ([
            ["faktury-wplaty", "/faktury?widok=wplaty"],
            ["faktury-strona-2", "/faktury?strona=2"],
          ] as [string, string][])
        : []),
      ...(has("documents") ? ([["dokumenty-strona-2", "/dokumenty?strona=2"]] as [string, string][]) : []),
      ["faktura", `/faktury/${encodeURIComponent(account.longInvoiceId)}`],
      ...(has("invoices") || has("payments") ? ([["zaplac", payHref([account.longInvoiceId])]] as [string, string][]) : []),
      ...(has("points") ? ([["punkt", `/punkty-poboru/${encodeURIComponent(account.pointId)}`]] as [string, string][]) : []),
      ...(has("meters") ? ([["licznik", `/liczniki/${encodeURIComponent(account.pointId)}`]] as [string, string][]) : []),
      ...(has("tickets")
        ? ([
            ["zgloszenie", `/zgloszenia/${account.ticketId}`],
            ["zgloszenia-nowe", "/zgloszenia/nowe"],
            ["zgloszenia-wiadomosci", "/zgloszenia/wiadomosci"],
            ["zgloszenia-wyszukiwanie", "/zgloszenia/wyszukiwanie"],
            ["zgloszenia-strona-2", "/zgloszenia?strona=2"],
          ] as [string, string][])
        : []),
    ];
    let pagers = 0;
    for (const [name, path] of screens) {
      const { pager } = await checkScreen(page, tenantUrl(tenant, path), `${tenant}-${name}`);
      if (pager) pagers += 1;
    }
    // The document list (and the payment history) has more than one page here: the pager was checked.
    expect(pagers).toBeGreaterThanOrEqual(2);
  });
}

test("console: every menu page and the customer and ticket details fit 390 and 1280 px", async ({ page }) => {
  test.setTimeout(300_000);
  const account = await createListsAccount("polo");
  await staffSession(page, "admin", ["polo", "polsp", "mpec"]);
  const menu = await page
    .getByRole("navigation", { name: "Konsola" })
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(menu.length).toBeGreaterThan(3);
  await page.goto(consoleUrl("/konsola/regulaminy"));
  const regulation = await page.locator("a[href^='/konsola/regulaminy/']:not([href$='/nowa'])").first().getAttribute("href");
  const screens: [string, string][] = [
    ...menu.map((path): [string, string] => [slug(path), path]),
    ["klienci-wyniki", `/konsola/klienci?szukaj=${encodeURIComponent(account.customerNumber)}`],
    ["klient", `/konsola/klienci/polo/${encodeURIComponent(account.id)}`],
    ["zgloszenia-wszystkie", "/konsola/zgloszenia?status=all"],
    ["zgloszenie", `/konsola/zgloszenia/${account.ticketId}`],
    ["pracownik-nowy", "/konsola/pracownicy/nowy"],
    ...(regulation ? ([["regulamin", regulation]] as [string, string][]) : []),
  ];
  for (const [name, path] of screens) await checkScreen(page, consoleUrl(path), `console-${name}`);
});
