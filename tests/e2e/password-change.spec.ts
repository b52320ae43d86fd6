import { expect, expectNoAxeViolations, fillFields, saveScreenshot, tenantUrl, test, viewports, checkAndSave } from "./fixtures";
import { waitForMail } from "./mailbox";
import { createAccount, signIn } from "./recovery-accounts";
import type { TenantId } from "./factories";

/** Ustawienia → "Zmiana danych klienta" → "Zmień hasło" (issue 3 items 6 and 10), with and without JavaScript. */
const tenants: TenantId[] = ["polo", "polsp", "mpec"];

for (const javaScriptEnabled of [true, false]) {
  test.describe(`password change with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    for (const tenant of tenants) {
      test(`S03/S08/S12: ${tenant} — a wrong current password is refused; the change e-mails the owner and ends the other browser's session`, async ({
        page,
        browser,
      }) => {
        const account = await createAccount(tenant);
        const other = await browser.newContext({ javaScriptEnabled });
        const otherPage = await other.newPage();
        await signIn(otherPage, account);
        await signIn(page, account);

        await page.goto(tenantUrl(tenant, "/ustawienia"));
        await expect(page.getByRole("heading", { level: 2, name: "Zmiana danych klienta" })).toBeVisible();
        await page.locator("#currentPassword").fill("Zle-Haslo-123");
        await page.locator("#newPassword").fill("Zielona-Lampa-77");
        await page.locator("#repeatPassword").fill("Zielona-Lampa-77");
        await page.getByRole("button", { name: "Zmień hasło" }).click();
        await expect(page.locator("#currentPassword-error")).toHaveText("Aktualne hasło jest nieprawidłowe.");

        const since = new Date().toISOString();
        await page.locator("#currentPassword").fill(account.password);
        await page.locator("#newPassword").fill("Zielona-Lampa-77");
        await page.locator("#repeatPassword").fill("Zielona-Lampa-77");
        await page.getByRole("button", { name: "Zmień hasło" }).click();
        await expect(page.getByRole("status").filter({ hasText: "Hasło zostało zmienione." })).toBeVisible();
        await waitForMail(page.request, account.email, /Hasło zostało zmienione/, since);

        // This browser stays signed in; the other one is sent to the sign-in page (S12).
        await page.goto(tenantUrl(tenant, "/ustawienia"));
        await expect(page).toHaveURL(/\/ustawienia$/);
        await otherPage.goto(tenantUrl(tenant, "/ustawienia"));
        await expect(otherPage.getByTestId("sign-in-form")).toBeVisible();
        await other.close();
      });
    }
  });
}

test("S03: the settings page needs a session", async ({ page }) => {
  await page.goto(tenantUrl("polo", "/ustawienia"));
  await expect(page.getByTestId("sign-in-form")).toBeVisible();
});

test.describe("settings screens", () => {
  for (const tenant of tenants) {
    test(`${tenant}: Ustawienia at 390 and 1280 px, with errors and after a change; axe finds nothing`, async ({ page }) => {
      const account = await createAccount(tenant);
      await signIn(page, account);
      for (const viewport of viewports) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        const shoot = (name: string) => checkAndSave(page, `${tenant}-${name}-${viewport.name}`);
        await page.goto(tenantUrl(tenant, "/ustawienia"));
        await shoot("settings");
        await fillFields(page, { "#newPassword": "haslo", "#repeatPassword": "inne" });
        await page.getByRole("button", { name: "Zmień hasło" }).click();
        await expect(page.locator("#currentPassword-error")).toBeVisible();
        await shoot("settings-errors");
      }
      const next = "Zielona-Lampa-88";
      await page.locator("#currentPassword").fill(account.password);
      await page.locator("#newPassword").fill(next);
      await page.locator("#repeatPassword").fill(next);
      await page.getByRole("button", { name: "Zmień hasło" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Hasło zostało zmienione." })).toBeVisible();
      await saveScreenshot(page, `${tenant}-settings-changed-1280`);
      await expectNoAxeViolations(page);
    });
  }
});
