import type { Page } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { openPostgres } from "@/db/client";
import { accounts, secondFactors } from "@/db/schema";
import { createCustomer, type TestCustomer } from "./factories";
import { expect, expectNoAxeViolations, expectNothingOverflows, saveScreenshot, tenantUrl, test, viewports } from "./fixtures";
import { linkIn, waitForMail } from "./mailbox";
import { createAccount, signIn } from "./recovery-accounts";
import { submitSignIn } from "./sign-in-helpers";
import { consoleUrl, staffSession } from "./staff";
import { e2eDatabaseUrl as databaseUrl } from "./database-url";

/** Issue #5 (docs/console.md §5 and §10): customer lookup, "Odblokuj", and the audit log, in the browser. */

async function searchFor(page: Page, query: string) {
  await page.goto(consoleUrl("/konsola/klienci"));
  await page.getByLabel("PESEL, NIP, numer klienta, login, e-mail lub numer umowy").fill(query);
  await page.getByRole("button", { name: "Szukaj" }).click();
  await expect(page).toHaveURL(/\/konsola\/klienci\?szukaj=/);
}

/** A registration by contract that was never activated (its first link is long gone). */
async function pendingAccount(customer: TestCustomer): Promise<string> {
  const login = `e2e.pending.${customer.id.slice(4).toLowerCase()}`;
  const handle = openPostgres(databaseUrl, { max: 1 });
  try {
    await handle.db.insert(accounts).values({
      tenantId: "polo",
      customerId: customer.id,
      login,
      email: customer.email,
      status: "pending_activation",
      pendingUntil: new Date(Date.now() + 3_600_000),
    });
  } finally {
    await handle.close();
  }
  return login;
}

/** Two-step sign-in by e-mail code turned on for the account, as the settings page leaves it (docs/accounts.md §15). */
async function withEmailSecondFactor(account: { tenant: string; login: string }): Promise<void> {
  const handle = openPostgres(databaseUrl, { max: 1 });
  try {
    const [row] = await handle.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(eq(accounts.tenantId, account.tenant), eq(accounts.login, account.login)));
    await handle.db.insert(secondFactors).values({ accountId: row!.id, tenantId: account.tenant, method: "email", enabledAt: new Date() });
  } finally {
    await handle.close();
  }
}

/** Phone and desktop: no sideways scrolling, axe clean, a screenshot of each (the phone shows cards instead of tables). */
async function screens(page: Page, name: string) {
  for (const viewport of viewports) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await expectNothingOverflows(page);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, `${name}-${viewport.name}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.describe("console: customers and the audit log", () => {
  test("staff unlock a customer locked by five wrong passwords; the customer is e-mailed and signs in; the log shows who did it", async ({ page }) => {
    const account = await createAccount("polo");
    const since = new Date(Date.now() - 1000).toISOString();
    for (let i = 0; i < 5; i++) await submitSignIn(page, "polo", account.login, `Zle-Haslo-${i}`);
    await waitForMail(page.request, account.email, /zablokowane/, since);
    // Locked: even the right password is refused now.
    await submitSignIn(page, "polo", account.login, account.password);
    await expect(page).toHaveURL(tenantUrl("polo", "/"));

    const staff = await staffSession(page, "staff", ["polo", "polsp"]);
    await searchFor(page, account.email.toUpperCase());
    const rows = page.getByTestId("customer-row");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(account.login);
    await expect(rows.first()).toContainText("Zablokowane od");
    await expect(rows.first()).toContainText(account.pesel!.slice(-4));
    await expect(rows.first()).not.toContainText(account.pesel!);
    await screens(page, "console-customers-search");

    await rows.first().getByRole("link").click();
    await expect(page).toHaveURL(consoleUrl(`/konsola/klienci/polo/${account.id}`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("account-state")).toContainText("Zablokowane od");
    await expect(page.getByTestId("customer-contracts")).toContainText(account.contractNumber);
    await expect(page.getByTestId("sign-ins")).toContainText("Blokada konta klienta");
    await screens(page, "console-customer-locked");

    const unlockSince = new Date(Date.now() - 1000).toISOString();
    await page.getByRole("button", { name: `Odblokuj konto ${account.login}` }).click();
    await expect(page.getByRole("status").filter({ hasText: "zostało odblokowane" })).toBeVisible();
    await expect(page.getByTestId("account-state")).toHaveText("Aktywne");
    await expect(page.getByRole("button", { name: /Odblokuj/ })).toHaveCount(0);
    await screens(page, "console-customer-unlocked");

    const mail = await waitForMail(page.request, account.email, /odblokowane/, unlockSince);
    expect(mail.text).toContain(account.login);

    // Signs in with the old password (signIn waits to leave the sign-in page).
    await signIn(page, account);

    await page.goto(consoleUrl(`/konsola/dziennik?cel=${encodeURIComponent(account.login)}`));
    const unlock = page.getByTestId("audit-row").filter({ hasText: "account.unlocked" });
    await expect(unlock).toHaveCount(1);
    await expect(unlock).toContainText(staff.email);
    await expect(unlock).toContainText("Odblokowanie konta klienta");
    await expect(page.getByTestId("audit-row").filter({ hasText: "signin.failed" })).toHaveCount(6);
    await expect(page.getByTestId("audit-row").filter({ hasText: "account.locked" })).toHaveCount(1);
    const html = await page.content();
    expect(html).not.toContain(account.password);
    for (let i = 0; i < 5; i++) expect(html).not.toContain(`Zle-Haslo-${i}`);
    await screens(page, "console-audit-log");

    // The filters are a plain GET form: the action filter narrows to the unlock.
    await page.getByLabel("Zdarzenie").selectOption("account.unlocked");
    await page.getByRole("button", { name: "Filtruj" }).click();
    await expect(page).toHaveURL(/akcja=account\.unlocked/);
    await expect(page.getByTestId("audit-row")).toHaveCount(1);
  });

  test("staff resend the activation link of a pending POLO account; the new link activates it", async ({ page }) => {
    const customer = await createCustomer("polo");
    const login = await pendingAccount(customer);
    await staffSession(page, "staff", ["polo"]);
    await searchFor(page, customer.contractNumber);
    await expect(page.getByTestId("customer-row")).toContainText("Oczekuje na aktywację");
    await page.getByTestId("customer-row").getByRole("link").click();
    await expect(page.getByTestId("account-state")).toHaveText("Oczekuje na aktywację");
    await screens(page, "console-customer-pending");

    const since = new Date(Date.now() - 1000).toISOString();
    await page.getByRole("button", { name: "Wyślij ponownie link aktywacyjny" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Nowy link aktywacyjny został wysłany" })).toBeVisible();
    const mail = await waitForMail(page.request, customer.email, /Aktywacja konta/, since);
    expect(mail.text).toContain(login);

    await page.goto(tenantUrl("polo", new URL(linkIn(mail, "/aktywacja/")).pathname));
    await page.getByRole("button", { name: "Aktywuj konto" }).click();
    await waitForMail(page.request, customer.email, /pierwszego logowania/, since);
    await page.goto(consoleUrl(`/konsola/klienci/polo/${customer.id}`));
    await expect(page.getByTestId("account-state")).toHaveText("Aktywne");
  });

  test("S26: five wrong contract numbers stop a PESEL's registration; staff see it on the customer's page and lift it; the customer registers at once", async ({
    page,
  }) => {
    const customer = await createCustomer("polo", { kind: "individual" });
    const register = async (contractNumber: string) => {
      await page.goto(tenantUrl("polo", "/rejestracja"));
      await page.selectOption("#customerType", "individual");
      await page.fill("#pesel", customer.pesel!);
      await page.fill("#contractNumber", contractNumber);
      await page.fill("#phone", "600 100 200");
      await page.fill("#email", customer.email);
      await page.check("#regulation");
      await page.check("#cookies");
      await page.getByRole("button", { name: "Zarejestruj się" }).click();
    };
    for (let i = 1; i <= 5; i++) {
      await register(`ZLA/${i}`);
      await expect(page.getByText(/Nie znaleźliśmy umowy o podanym numerze/)).toBeVisible();
    }
    await register(customer.contractNumber);
    await expect(page.getByText(/Rejestracja dla podanego numeru PESEL\/NIP lub numeru umowy została wstrzymana/)).toBeVisible();

    await staffSession(page, "staff", ["polo"]);
    await page.goto(consoleUrl(`/konsola/klienci/polo/${customer.id}`));
    await expect(page.getByTestId("registration-blocked")).toContainText("Rejestracja wstrzymana do");
    await screens(page, "console-customer-registration-blocked");
    await page.getByRole("button", { name: "Odblokuj rejestrację" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Rejestracja została odblokowana" })).toBeVisible();
    await expect(page.getByTestId("registration-blocked")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Odblokuj rejestrację" })).toHaveCount(0);

    await register(customer.contractNumber);
    await expect(page.getByTestId("registration-success")).toContainText("Udało się!");
  });

  test("staff reset the second factor of a customer who lost it; the customer is e-mailed and signs in with the password alone; audited", async ({
    page,
    browser,
  }) => {
    const account = await createAccount("polsp");
    await withEmailSecondFactor(account);
    // Before: the password leads to the second step.
    const customer = await (await browser.newContext()).newPage();
    await submitSignIn(customer, "polsp", account.login, account.password);
    await expect(customer).toHaveURL(/\/logowanie\/kod$/);

    const staff = await staffSession(page, "staff", ["polsp"]);
    await page.goto(consoleUrl(`/konsola/klienci/polsp/${account.id}`));
    await expect(page.getByTestId("account-second-factor")).toHaveText("włączona (kod e-mailem)");
    await screens(page, "console-customer-second-factor");
    const since = new Date(Date.now() - 1000).toISOString();
    await page.getByRole("button", { name: `Resetuj drugi składnik konta ${account.login}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `Weryfikacja dwuetapowa konta ${account.login} została wyłączona` })).toBeVisible();
    await expect(page.getByTestId("account-second-factor")).toHaveText("wyłączona");
    await expect(page.getByRole("button", { name: /Resetuj drugi składnik/ })).toHaveCount(0);
    const mail = await waitForMail(page.request, account.email, /Wyłączono weryfikację dwuetapową/, since);
    expect(mail.text).toContain("została wyłączona przez Biuro Obsługi Klienta na Państwa prośbę");

    // After: the password alone signs in (signIn waits to leave the sign-in page for the portal).
    const fresh = await (await browser.newContext()).newPage();
    await signIn(fresh, account);
    await expect(fresh).not.toHaveURL(/\/logowanie\/kod$/);

    await page.goto(consoleUrl(`/konsola/dziennik?cel=${encodeURIComponent(account.login)}`));
    const reset = page.getByTestId("audit-row").filter({ hasText: "account.second_factor_reset" });
    await expect(reset).toHaveCount(1);
    await expect(reset).toContainText(staff.email);
  });

  test("search finds a customer by PESEL, and by nothing less than the whole PESEL", async ({ page }) => {
    const account = await createAccount("polsp");
    await staffSession(page, "staff", ["polsp"]);
    await searchFor(page, account.pesel!);
    await expect(page.getByTestId("customer-row")).toHaveCount(1);
    await expect(page.getByTestId("customer-row")).toContainText(account.login);
    await expect(page.getByTestId("customer-row")).toContainText("Aktywne");
    await searchFor(page, account.pesel!.slice(0, 9));
    await expect(page.getByTestId("result-count")).toContainText("Nie znaleziono klienta");
    await expect(page.getByTestId("customer-row")).toHaveCount(0);
  });

  test("S13/S14: staff scoped to POLO get 404 for a POLSp customer's page and never find them", async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/status of 404/);
    const polsp = await createCustomer("polsp");
    await staffSession(page, "staff", ["polo"]);
    for (const path of [
      `/konsola/klienci/polsp/${polsp.id}`,
      `/konsola/klienci/polo/${polsp.id}`,
      "/konsola/klienci?szukaj=x&sprzedawca=polsp",
      "/konsola/dziennik?sprzedawca=polsp",
    ]) {
      const response = await page.goto(consoleUrl(path));
      expect(response?.status(), path).toBe(404);
    }
    await searchFor(page, polsp.pesel!);
    await expect(page.getByTestId("result-count")).toContainText("Nie znaleziono klienta");
    await searchFor(page, polsp.customerNumber);
    await expect(page.getByTestId("customer-row")).toHaveCount(0);
  });
});
