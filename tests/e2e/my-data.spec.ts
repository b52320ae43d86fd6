import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, saveScreenshot, tenantUrl, test, viewports } from "./fixtures";
import { linkIn, waitForMail } from "./mailbox";
import { pullExport } from "./export-pull";
import { createAccount, signedInAt, signIn, type TestAccount } from "./recovery-accounts";
import type { TenantId } from "./factories";

/** "Moje dane" (issue 4 item 8, S19) and GET /api/export (item 11), per tenant. */
const tenants: TenantId[] = ["polo", "polsp", "mpec"];

const WRONG = "Aktualne hasło jest nieprawidłowe.";

async function submitContact(page: Page, values: { phone?: string; email?: string; password: string }) {
  if (values.phone !== undefined) await page.locator("#phone").fill(values.phone);
  if (values.email !== undefined) await page.locator("#email").fill(values.email);
  await page.locator("#currentPassword").fill(values.password);
  await page.getByRole("button", { name: "Zapisz dane kontaktowe" }).click();
}

/** Every export line of one customer (tests/e2e/export-pull.ts). */
async function exportedFor(request: APIRequestContext, tenant: TenantId, customerId: string) {
  return (await pullExport(request, tenant)).filter((l) => l.customer === customerId);
}

for (const tenant of tenants) {
  test(`S19: ${tenant} — contact data change needs the password; a new e-mail only after its link; the CRM export shows both`, async ({ page }) => {
    const account: TestAccount = await createAccount(tenant);
    await signIn(page, account);
    await page.goto(tenantUrl(tenant, "/moje-dane"));
    await expect(page.getByRole("heading", { level: 2, name: "Dane kontaktowe" })).toBeVisible();

    await submitContact(page, { phone: "600 100 200", password: "Zle-Haslo-123" });
    await expect(page.locator("#currentPassword-error")).toHaveText(WRONG);
    await submitContact(page, { phone: "600 100 200", password: "" });
    await expect(page.locator("#currentPassword-error")).toHaveText("Pole Aktualne hasło jest wymagane");

    await submitContact(page, { phone: "600 100 200", password: account.password });
    await expect(page.getByRole("status").filter({ hasText: "Dane kontaktowe zostały zapisane." })).toBeVisible();
    await page.reload();
    // Shown in groups; saved again unchanged, it is the same number.
    await expect(page.locator("#phone")).toHaveValue("+48 600 100 200");

    const newEmail = `nowy-${randomUUID().slice(0, 8)}@example.pl`;
    const since = new Date().toISOString();
    await submitContact(page, { email: newEmail, password: account.password });
    await expect(page.getByRole("status").filter({ hasText: "Adres zmieni się po jego kliknięciu." })).toBeVisible();
    await page.reload();
    await expect(page.locator("#email")).toHaveValue(account.email);

    const mail = await waitForMail(page.request, newEmail, /Potwierdzenie zmiany adresu e-mail/, since);
    const link = new URL(linkIn(mail, "/moje-dane/potwierdz-email/"));
    await page.goto(tenantUrl(tenant, link.pathname));
    await expect(page.getByText(newEmail)).toBeVisible();
    await saveScreenshot(page, `${tenant}-my-data-confirm-email-1280`);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Potwierdź adres e-mail" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Adres e-mail został zmieniony." })).toBeVisible();
    await page.goto(tenantUrl(tenant, "/moje-dane"));
    await expect(page.locator("#email")).toHaveValue(newEmail);

    const lines = await exportedFor(page.request, tenant, account.id);
    expect(lines.map((l) => [l.type, l.phone ?? l.email])).toEqual([
      ["contact.changed", "+48600100200"],
      ["contact.changed", newEmail],
    ]);
  });

  test(`${tenant}: Moje dane at 390 and 1280 px; axe finds nothing`, async ({ page }) => {
    const account = await createAccount(tenant);
    await signIn(page, account);
    await page.goto(tenantUrl(tenant, "/moje-dane"));
    await page.getByLabel("Zgoda na otrzymywanie informacji marketingowych").check();
    await page.getByRole("button", { name: "Zapisz zgody" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Zgody zostały zapisane." })).toBeVisible();
    await expect(page.getByText("zgoda udzielona")).toBeVisible();
    for (const viewport of viewports) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.goto(tenantUrl(tenant, "/moje-dane"));
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `${tenant}-my-data-${viewport.name}`);
      await expectNoAxeViolations(page);
    }
  });
}

test("mpec: Moje dane is in the header next to Zmień hasło, the menu keeps its own names", async ({ page }) => {
  const account = await createAccount("mpec");
  await signIn(page, account);
  const header = page.getByTestId("portal-header");
  await expect(header.getByRole("link", { name: "Moje dane" })).toHaveAttribute("href", "/moje-dane");
  await expect(header.getByRole("link", { name: "Zmień hasło" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Moduły portalu", exact: true }).getByRole("link")).toHaveText([
    "Umowa",
    "Punkt odbioru",
    "Płatności",
    "Liczniki",
    "Lista spraw",
    "Dokumenty",
  ]);
  for (const viewport of viewports) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, `mpec-header-my-data-${viewport.name}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await header.getByRole("link", { name: "Moje dane" }).click();
  await expect(page).toHaveURL(/\/moje-dane$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moje dane");
  await expect(page.getByRole("heading", { level: 2, name: "Dane kontaktowe" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("S19: polsp — a change without the right password is refused and nothing is saved", async ({ page }) => {
    const account = await signedInAt(page, "polsp", "/moje-dane");
    await submitContact(page, { phone: "600 100 201", password: "Zle-Haslo-123" });
    await expect(page.locator("#currentPassword-error")).toHaveText(WRONG);
    await page.goto(tenantUrl("polsp", "/moje-dane"));
    await expect(page.locator("#phone")).toHaveValue("");
    await submitContact(page, { phone: "600 100 201", password: account.password });
    await expect(page.getByRole("status").filter({ hasText: "Dane kontaktowe zostały zapisane." })).toBeVisible();
  });
});
