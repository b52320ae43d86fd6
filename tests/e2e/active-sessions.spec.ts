import type { Browser, Page } from "@playwright/test";
import { checkAndSave, expect, expectNothingOverflows, tenantUrl, test, viewports } from "./fixtures";
import { mailsTo, waitForMail } from "./mailbox";
import { createAccount, signIn, type TestAccount } from "./recovery-accounts";
import type { TenantId } from "./factories";

/** New-device alerts and "Ustawienia → Aktywne sesje" (docs/accounts.md §16, S34; issue 14 item 2). */
const tenants: TenantId[] = ["polo", "polsp", "mpec"];
const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
const WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
const NEW_DEVICE = /^Nowe logowanie do /;

const newDeviceMails = async (page: Page, account: TestAccount) => (await mailsTo(page.request, account.email)).filter((m) => NEW_DEVICE.test(m.subject));

/** Another browser (its own cookies: a session and a device of its own) signed in as `account`. */
async function otherBrowser(browser: Browser, account: TestAccount, options: { userAgent?: string; javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, account);
  return { context, page };
}

const sessionsUrl = (account: TestAccount) => tenantUrl(account.tenant, "/ustawienia/sesje");
const rows = (page: Page) => page.getByTestId("session-row");

test("S34: the first sign-in from a browser e-mails the owner once; the same browser again does not; another browser does", async ({ page, browser }) => {
  const account = await createAccount("polo");
  await signIn(page, account);
  const mail = await waitForMail(page.request, account.email, NEW_DEVICE);
  expect(mail.text).toMatch(/^Czas: \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/m);
  expect(mail.text).toMatch(/^Urządzenie: \S.*$/m);
  expect(mail.text).toMatch(/^Adres IP: \S+$/m);
  expect(mail.text).toMatch(/^https?:\/\/polo\.localhost(:\d+)?\/ustawienia\/sesje$/m);

  // Signed out and in again in the same browser: known, no second e-mail.
  await page.getByTestId("sign-out-header").click();
  await expect(page.getByTestId("sign-in-form")).toBeVisible();
  await signIn(page, account);
  await page.goto(sessionsUrl(account));
  await expect(rows(page)).toHaveCount(1);
  expect(await newDeviceMails(page, account)).toHaveLength(1);

  // A second browser is new to this account.
  const other = await otherBrowser(browser, account, { userAgent: IPHONE });
  await expect.poll(async () => (await newDeviceMails(page, account)).length).toBe(2);
  expect((await newDeviceMails(page, account))[0]!.text).toContain("Urządzenie: Safari na iPhone");
  await other.context.close();
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`ending sessions with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("S34: ending the other session signs it out at once; “Wyloguj pozostałe sesje” ends every other one", async ({ page, browser }) => {
      const account = await createAccount("polsp");
      const phone = await otherBrowser(browser, account, { userAgent: IPHONE, javaScriptEnabled });
      await signIn(page, account);
      await page.goto(sessionsUrl(account));
      await expect(rows(page)).toHaveCount(2);
      await expect(rows(page).first().getByTestId("current-session")).toHaveText("to urządzenie");
      const phoneRow = rows(page).filter({ hasText: "Safari na iPhone" });
      await expect(phoneRow).toHaveCount(1);

      await phoneRow.getByRole("button", { name: /^Zakończ sesję: Safari na iPhone/ }).click();
      await expect(page.getByRole("status").filter({ hasText: "Sesja została zakończona." })).toBeVisible();
      await expect(rows(page)).toHaveCount(1);
      await phone.page.goto(tenantUrl(account.tenant, "/ustawienia"));
      await expect(phone.page.getByTestId("sign-in-form")).toBeVisible();

      // Two more browsers, both ended with one button; this one stays.
      const second = await otherBrowser(browser, account, { userAgent: WINDOWS, javaScriptEnabled });
      const third = await otherBrowser(browser, account, { javaScriptEnabled });
      await page.goto(sessionsUrl(account));
      await expect(rows(page)).toHaveCount(3);
      await page.getByRole("button", { name: "Wyloguj pozostałe sesje" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Pozostałe sesje zostały zakończone." })).toBeVisible();
      await expect(rows(page)).toHaveCount(1);
      for (const other of [second, third]) {
        await other.page.goto(tenantUrl(account.tenant, "/ustawienia"));
        await expect(other.page.getByTestId("sign-in-form")).toBeVisible();
      }
      await page.goto(tenantUrl(account.tenant, "/ustawienia"));
      await expect(page).toHaveURL(/\/ustawienia$/);
      for (const other of [phone, second, third]) await other.context.close();
    });
  });
}

test("S03: Aktywne sesje needs a session", async ({ page }) => {
  await page.goto(tenantUrl("polo", "/ustawienia/sesje"));
  await expect(page.getByTestId("sign-in-form")).toBeVisible();
});

test.describe("Aktywne sesje screens", () => {
  for (const tenant of tenants) {
    test(`${tenant}: Aktywne sesje at 390 and 1280 px with two sessions — cards on a phone, nothing overflows, axe finds nothing`, async ({
      page,
      browser,
    }) => {
      const account = await createAccount(tenant);
      const phone = await otherBrowser(browser, account, { userAgent: IPHONE });
      await signIn(page, account);
      await page.goto(tenantUrl(tenant, "/ustawienia"));
      await page.getByRole("link", { name: "Aktywne sesje" }).click();
      await expect(page.getByRole("link", { name: "Aktywne sesje" })).toHaveAttribute("aria-current", "page");
      await expect(page.getByRole("heading", { level: 2, name: "Aktywne sesje" })).toBeVisible();
      await expect(rows(page)).toHaveCount(2);
      await expect(page.getByText("Safari na iPhone")).toBeVisible();
      for (const viewport of viewports) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await expectNothingOverflows(page);
        await checkAndSave(page, `${tenant}-active-sessions-${viewport.name}`);
      }
      await phone.context.close();
    });
  }
});
