import { createCustomer, type TenantId } from "./factories";
import { createBillingAccount } from "./factories-billing";
import { expect, expectNoAxeViolations, tenantUrl, test, shootAtEveryWidth } from "./fixtures";
import { signIn, tenantConfigs } from "./recovery-accounts";
import type { Page } from "@playwright/test";

/**
 * Faktury (POLO, POLSp) and MPEC's Płatności and Dokumenty: balance wording, statuses, filters,
 * sorting, the detail with its lines and 404s for documents that are not the customer's.
 */
const hasModule = (tenant: TenantId, module: string) => tenantConfigs[tenant].navigation.some((item) => item.module === module);

const shoot = (page: Page, name: string) => shootAtEveryWidth(page, name);

const rowOf = (page: Page, number: string) => page.getByTestId("document-row").filter({ hasText: number });

for (const tenant of ["polo", "polsp", "mpec"] as const) {
  test.describe(`${tenant}: dokumenty finansowe`, () => {
    test("a customer with an amount due sees the balance, statuses, lines and a PDF link", async ({ page }) => {
      // Two screenshots per screen and four axe runs: more than the default 30 s on a busy machine.
      test.setTimeout(90_000);
      const account = await createBillingAccount(tenant, "due");
      await signIn(page, account);
      const listPath = hasModule(tenant, "invoices") ? "/faktury" : "/dokumenty";
      const balancePath = hasModule(tenant, "invoices") ? "/faktury" : "/platnosci";

      await page.goto(tenantUrl(tenant, balancePath));
      await expect(page.getByTestId("balance-amount")).toHaveText("Do zapłaty: 210,00\u00a0zł");
      await expect(page.getByTestId("balance-summary")).toContainText(/na dzień \d{2}\.\d{2}\.\d{4}/);

      await page.goto(tenantUrl(tenant, listPath));
      await expect(page.getByTestId("document-row")).toHaveCount(4);
      await expect(rowOf(page, account.lastInvoiceNumber).getByTestId("document-status")).toHaveText("Po terminie");
      await expect(rowOf(page, account.lastInvoiceNumber)).toContainText("pozostało 200,00\u00a0zł");
      await expect(rowOf(page, account.noteNumber).getByTestId("document-status")).toHaveText("Do zapłaty");
      await expect(rowOf(page, account.noteNumber)).toContainText("Nota odsetkowa");
      await expect(rowOf(page, account.correctionNumber)).toContainText("Faktura korygująca");
      await expect(page.getByTestId("document-status").filter({ hasText: "Zapłacona" })).toHaveCount(1);
      await expect(page.getByRole("link", { name: `Pobierz PDF dokumentu ${account.lastInvoiceNumber}` })).toHaveAttribute(
        "href",
        `/faktury/${encodeURIComponent(account.lastInvoiceId)}/pdf`,
      );
      await expectNoAxeViolations(page);
      await shoot(page, `${tenant}-${listPath.slice(1)}`);

      // Sorting by amount, ascending: the correction (−46,00 zł) comes first.
      await page.getByRole("link", { name: /Kwota brutto/ }).click();
      await page.getByRole("link", { name: /Kwota brutto.*rosnąco/ }).click();
      await expect(page.getByRole("columnheader", { name: /Kwota brutto/ })).toHaveAttribute("aria-sort", "ascending");
      await expect(page.getByTestId("document-row").first()).toContainText(account.correctionNumber);

      await page.getByRole("link", { name: account.correctionNumber, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Faktura korygująca nr ${account.correctionNumber}`);
      await expect(page.getByTestId("document-lines")).toContainText("Korekta ceny energii");
      await expect(page.getByTestId("document-facts")).toContainText(account.lastInvoiceNumber);
      await expectNoAxeViolations(page);
      await shoot(page, `${tenant}-dokument`);

      if (tenant === "mpec") {
        await page.goto(tenantUrl(tenant, "/platnosci"));
        await expect(page.getByTestId("document-row")).toHaveCount(2);
        await expect(page.getByTestId("payment-row")).toHaveCount(1);
        await expect(page.getByTestId("payment-row")).toContainText("123,00\u00a0zł");
        await expectNoAxeViolations(page);
        await shoot(page, "mpec-platnosci");
      } else {
        await page.goto(tenantUrl(tenant, "/faktury"));
        await page.getByRole("link", { name: "Historia wpłat" }).click();
        await expect(page.getByTestId("payment-row")).toHaveCount(1);
        await expect(page.getByTestId("payment-row")).toContainText("02.11.2026");
        await expectNoAxeViolations(page);
        await shoot(page, `${tenant}-historia-wplat`);
      }
    });

    test("S13: another customer's document id answers 404", async ({ page, allowConsoleErrors }) => {
      allowConsoleErrors(/status of 404/);
      const [account, other] = await Promise.all([createBillingAccount(tenant, "zero"), createCustomer(tenant)]);
      await signIn(page, account);
      const response = await page.goto(tenantUrl(tenant, `/faktury/${encodeURIComponent(`${other.id}-${other.lastInvoiceNumber}`)}`));
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Nie znaleziono strony" })).toBeVisible();
      expect((await page.goto(tenantUrl(tenant, `/faktury/${encodeURIComponent(account.lastInvoiceId)}`)))?.status()).toBe(200);
    });

    test("overpaid and zero balances are said in words", async ({ page }) => {
      const path = hasModule(tenant, "invoices") ? "/faktury" : "/platnosci";
      const overpaid = await createBillingAccount(tenant, "overpaid");
      await signIn(page, overpaid);
      await page.goto(tenantUrl(tenant, path));
      await expect(page.getByTestId("balance-amount")).toHaveText("Nadpłata: 31,00\u00a0zł");
      await page.context().clearCookies();
      const zero = await createBillingAccount(tenant, "zero");
      await signIn(page, zero);
      await page.goto(tenantUrl(tenant, path));
      await expect(page.getByTestId("balance-amount")).toHaveText("Brak należności");
    });
  });
}

test("S14: a POLSp document id answers 404 on POLO", async ({ page, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 404/);
  const [account, other] = await Promise.all([createBillingAccount("polo", "due"), createBillingAccount("polsp", "due")]);
  await signIn(page, account);
  const response = await page.goto(tenantUrl("polo", `/faktury/${encodeURIComponent(other.lastInvoiceId)}`));
  expect(response?.status()).toBe(404);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form and the sort links work", async ({ page }) => {
    const account = await createBillingAccount("polo", "due");
    await signIn(page, account);
    await page.goto(tenantUrl("polo", "/faktury?status=bledny&strona=abc&sortuj=x"));
    await expect(page.getByTestId("document-row")).toHaveCount(4);
    await page.getByLabel("Status").selectOption("overdue");
    await page.getByRole("button", { name: "Filtruj" }).click();
    await expect(page).toHaveURL(/status=overdue/);
    await expect(page.getByTestId("document-row")).toHaveCount(1);
    await expect(page.getByTestId("document-row")).toContainText(account.lastInvoiceNumber);
    await page.getByRole("link", { name: /Termin płatności/ }).click();
    await expect(page).toHaveURL(/status=overdue.*sortuj=due/);
    await expect(page.getByRole("columnheader", { name: /Termin płatności/ })).toHaveAttribute("aria-sort", "descending");
    await page.getByLabel("Rodzaj").selectOption("interest_note");
    await page.getByLabel("Status").selectOption("");
    await page.getByRole("button", { name: "Filtruj" }).click();
    await expect(page.getByTestId("document-row")).toHaveCount(1);
    await expect(page.getByTestId("document-row")).toContainText(account.noteNumber);
  });
});
