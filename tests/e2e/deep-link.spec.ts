import type { Page } from "@playwright/test";
import { openPostgres } from "@/db/client";
import { insertTicket } from "./factories-tickets";
import { expect, port, tenantUrl, test } from "./fixtures";
import { createAccount, tenantConfigs, type TestAccount } from "./recovery-accounts";
import { forgetRegulationAcceptance, requestOneTimePassword, submitForcedChange } from "./sign-in-helpers";
import type { TenantId } from "./factories";
import { e2eDatabaseUrl as databaseUrl } from "./database-url";

/**
 * "After sign-in, back where you were": a link from an e-mail (an invoice, a ticket reply) opened
 * while signed out leads through the sign-in page — and "Wymagana zmiana hasła" and the regulation
 * gate when they come in between — to that page, with JavaScript on and off. Anything but a path
 * of this host leads to the tenant's home module instead (no open redirect).
 */

const homeOf = (tenant: TenantId) => (tenantConfigs[tenant].navigation[0]!.module === "dashboard" ? "/pulpit" : "/umowy");
const invoicePath = (account: TestAccount) => `/faktury/${encodeURIComponent(`${account.id}-${account.lastInvoiceNumber}`)}`;
const signInUrl = (tenant: TenantId, next: string) => tenantUrl(tenant, `/?next=${encodeURIComponent(next)}`);

/** A ticket of the account's customer, as the e-mail "ticket replied" links to it. */
async function createTicket(account: TestAccount, subject: string): Promise<string> {
  const handle = openPostgres(databaseUrl, { max: 1 });
  try {
    const ticket = await insertTicket(handle.db, {
      tenantId: account.tenant,
      customerId: account.id,
      category: tenantConfigs[account.tenant].ticketCategories[0]!.id,
      subject,
    });
    return ticket!.id;
  } finally {
    await handle.close();
  }
}

/** Fills the sign-in form of the page already open (which carries ?next=) and sends it. */
async function signInHere(page: Page, tenant: TenantId, login: string, password: string) {
  const form = page.getByTestId("sign-in-form");
  await form.getByLabel("Login").fill(login);
  await form.locator("#password").fill(password);
  await form.getByRole("button", { name: tenantConfigs[tenant].texts.signInButton }).click();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("an invoice link opened signed out: sign-in page → that invoice", async ({ page }) => {
      const account = await createAccount("polo");
      const path = invoicePath(account);
      await page.goto(tenantUrl("polo", path));
      await expect(page).toHaveURL(signInUrl("polo", path));
      await expect(page.getByTestId("sign-in-form")).toBeVisible();
      // A wrong password keeps the way back.
      await signInHere(page, "polo", account.login, "Zle-Haslo-1");
      await expect(page.getByTestId("sign-in-form").getByRole("alert")).toContainText("Nieprawidłowy login lub hasło.");
      await signInHere(page, "polo", account.login, account.password);
      await expect(page).toHaveURL(tenantUrl("polo", path));
      await expect(page.getByRole("heading", { level: 1 })).toContainText(`nr ${account.lastInvoiceNumber}`);
    });

    test("a one-time password in between: sign-in → Wymagana zmiana hasła → regulation gate → the invoice", async ({ page }) => {
      const account = await createAccount("polsp");
      await forgetRegulationAcceptance(account);
      const otp = await requestOneTimePassword(page, account);
      const path = invoicePath(account);
      await page.goto(tenantUrl("polsp", path));
      await expect(page).toHaveURL(signInUrl("polsp", path));
      await signInHere(page, "polsp", account.login, otp);
      await expect(page).toHaveURL(tenantUrl("polsp", `/zmiana-hasla?next=${encodeURIComponent(path)}`));
      // A mistake on the form keeps the way back too.
      await submitForcedChange(page, otp, "Nowe-Haslo-2027", "Inne-Haslo-2027");
      await expect(page.getByText("Hasła nie są identyczne.")).toBeVisible();
      await submitForcedChange(page, otp, "Nowe-Haslo-2027");
      await expect(page).toHaveURL(tenantUrl("polsp", `/regulamin/akceptacja?next=${encodeURIComponent(path)}`));
      await page.getByLabel("Akceptuję regulamin").check();
      await page.getByRole("button", { name: "Akceptuję" }).click();
      await expect(page).toHaveURL(tenantUrl("polsp", path));
      await expect(page.getByRole("heading", { level: 1 })).toContainText(`nr ${account.lastInvoiceNumber}`);
    });

    test("MPEC: a ticket link opened signed out leads to that ticket", async ({ page }) => {
      const account = await createAccount("mpec");
      const ticketId = await createTicket(account, "Odczyt licznika w lutym");
      const path = `/zgloszenia/${ticketId}`;
      await page.goto(tenantUrl("mpec", path));
      await expect(page).toHaveURL(signInUrl("mpec", path));
      await signInHere(page, "mpec", account.login, account.password);
      await expect(page).toHaveURL(tenantUrl("mpec", path));
      await expect(page.getByTestId("ticket-subject")).toHaveText("Odczyt licznika w lutym");
    });
  });
}

/** Each as the raw query string of a link someone could send. */
const attempts = [
  ["protocol-relative", "next=%2F%2Fevil.example"],
  ["protocol-relative, unencoded", "next=//evil.example/pulpit"],
  ["absolute https", "next=https%3A%2F%2Fevil.example"],
  ["backslash", "next=%2F%5Cevil.example"],
  ["javascript:", "next=javascript%3Aalert(document.cookie)"],
  ["double-encoded slashes", "next=%252F%252Fevil.example"],
  ["a tab between the slashes", "next=%2F%09%2Fevil.example"],
  ["dot segments to //", "next=%2F.%2F%2Fevil.example"],
  ["another tenant's page", `next=${encodeURIComponent(`http://polsp.localhost:${port}/pulpit`)}`],
] as const;

for (const tenant of ["polo", "mpec"] as const) {
  test(`${tenant}: open-redirect attempts in ?next= all land on the tenant's home page (${homeOf(tenant)})`, async ({ page, context }) => {
    for (const [name, query] of attempts) {
      // A new account for each few attempts: the per-login limit allows ten sign-ins in five minutes.
      const account = await createAccount(tenant);
      await context.clearCookies();
      await page.goto(tenantUrl(tenant, `/?${query}`));
      await expect(page.getByTestId("sign-in-form"), name).toBeVisible();
      await expect(page.getByTestId("sign-in-form").locator("input[name=next]"), name).toHaveCount(0);
      await signInHere(page, tenant, account.login, account.password);
      await expect(page, name).toHaveURL(tenantUrl(tenant, homeOf(tenant)));
      // Signed in, the same link goes home as well.
      await page.goto(tenantUrl(tenant, `/?${query}`));
      await expect(page, name).toHaveURL(tenantUrl(tenant, homeOf(tenant)));
    }
  });
}

test("a forged next field in the sign-in POST itself is not followed either", async ({ page }) => {
  const account = await createAccount("polo");
  await page.goto(signInUrl("polo", "/umowy"));
  const hidden = page.getByTestId("sign-in-form").locator("input[name=next]");
  await expect(hidden).toHaveValue("/umowy");
  await hidden.evaluate((input: HTMLInputElement) => (input.value = "//evil.example"));
  await signInHere(page, "polo", account.login, account.password);
  await expect(page).toHaveURL(tenantUrl("polo", "/pulpit"));
});
