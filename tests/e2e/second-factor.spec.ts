import type { Browser, Page } from "@playwright/test";
import { totpAhead } from "@/lib/security/totp";
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, shootAtEveryWidth, tenantUrl, test } from "./fixtures";
import { waitForMail, type Mail } from "./mailbox";
import { createAccount, signIn, tenantConfigs, type TestAccount } from "./recovery-accounts";
import type { TenantId } from "./factories";

/**
 * Customers' two-step sign-in (docs/accounts.md §15, S32; issue 14 item 1): turned on in Ustawienia →
 * Bezpieczeństwo, asked for after the password, with and without JavaScript. Each test makes its own
 * account, so the demo logins other specs use never get a second factor. Codes come from the key the
 * page shows, computed here as an authenticator app would (lib/security/totp.ts totpAhead).
 */
const tenants: TenantId[] = ["polo", "polsp", "mpec"];
const SECURITY = "/ustawienia/bezpieczenstwo";

const checked = async (page: Page) => {
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
};

/** Turns the app method on through the page; returns the key and the ten recovery codes shown once. */
async function enableTotp(page: Page, account: TestAccount, shoot?: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.goto(tenantUrl(account.tenant, SECURITY));
  await expect(page.getByTestId("second-factor-state")).toHaveText("Stan: wyłączona");
  await page.getByTestId("start-totp-form").getByRole("button", { name: "Aplikacja uwierzytelniająca" }).click();
  const key = page.getByTestId("totp-key");
  await expect(key).toBeVisible();
  await expect(page.getByRole("img", { name: "Kod QR do zeskanowania w aplikacji uwierzytelniającej" })).toBeVisible();
  const secret = (await key.innerText()).replace(/\s+/g, "");
  if (shoot) await shootAtEveryWidth(page, `${shoot}-setup`, checked);
  await page.locator("#code").fill("000000");
  await page.getByRole("button", { name: "Włącz weryfikację dwuetapową" }).click();
  await expect(page.locator("#code-error")).toHaveText("Nieprawidłowy kod. Sprawdź kod i spróbuj ponownie.");
  await page.locator("#code").fill(totpAhead(secret, 0));
  await page.getByRole("button", { name: "Włącz weryfikację dwuetapową" }).click();
  const codes = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  await expect(page.getByTestId("second-factor-state")).toContainText("Stan: włączona (aplikacja uwierzytelniająca)");
  if (shoot) await shootAtEveryWidth(page, `${shoot}-on`, checked);
  return { secret, recoveryCodes: await codes.allInnerTexts() };
}

/** Login and password in a page of its own browser; the second step's page must follow. */
async function passwordStep(page: Page, account: TestAccount): Promise<void> {
  await page.goto(tenantUrl(account.tenant, "/"));
  const form = page.getByTestId("sign-in-form");
  await form.locator("#login").fill(account.login);
  await form.locator("#password").fill(account.password);
  await form.getByRole("button", { name: tenantConfigs[account.tenant].texts.signInButton }).click();
  await expect(page).toHaveURL(/\/logowanie\/kod$/);
  await expect(page.getByRole("heading", { level: 1, name: "Weryfikacja dwuetapowa" })).toBeVisible();
}

async function enterCode(page: Page, code: string, remember = false): Promise<void> {
  const form = page.getByTestId("second-step-form");
  await form.locator("#code").fill(code);
  if (remember) await form.getByLabel("Zapamiętaj to urządzenie na 30 dni").check();
  await form.getByRole("button", { name: "Zaloguj" }).click();
}

const signedIn = (page: Page) => expect(page.getByRole("button", { name: "Wyloguj" }).first()).toBeVisible();

/** A page in a new browser (no session, no remembered device), with or without JavaScript. */
async function freshPage(browser: Browser, javaScriptEnabled = true): Promise<Page> {
  return (await browser.newContext({ javaScriptEnabled })).newPage();
}

const codeIn = (mail: Mail) => /Kod: (\d{6})/.exec(mail.text)?.[1] ?? "";

for (const tenant of tenants) {
  test(`${tenant}: the app method turned on in Bezpieczeństwo, then the sign-in asks for its code; screens at 390 and 1280 px, axe clean`, async ({
    page,
    browser,
  }) => {
    const account = await createAccount(tenant);
    await signIn(page, account);
    const { secret } = await enableTotp(page, account, `second-factor-${tenant}`);

    const other = await freshPage(browser);
    await passwordStep(other, account);
    // No session yet: the portal is still closed to this browser.
    await other.goto(tenantUrl(tenant, SECURITY));
    await expect(other.getByTestId("sign-in-form")).toBeVisible();
    await other.goto(tenantUrl(tenant, "/logowanie/kod"));
    await shootAtEveryWidth(other, `second-step-${tenant}`, checked);
    await enterCode(other, totpAhead(secret, 1));
    await signedIn(other);
    await other.context().close();
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("S32: turning it on and the second step work as plain forms: a wrong code refused, the right one signs in, the device remembered", async ({
    page,
    browser,
  }) => {
    const account = await createAccount("polo");
    await signIn(page, account);
    const { secret } = await enableTotp(page, account);

    const other = await freshPage(browser, false);
    await passwordStep(other, account);
    await enterCode(other, "000000");
    await expect(other.getByTestId("second-step-form").getByRole("alert")).toContainText(
      "Nieprawidłowy kod. Po 5 błędnych próbach (hasła lub kodu) konto zostaje zablokowane.",
    );
    await enterCode(other, totpAhead(secret, 1), true);
    await signedIn(other);

    // The same browser signs in again with the password alone: the device is remembered for 30 days.
    await other.context().clearCookies({ name: "__Host-mojbok.session" });
    await other.goto(tenantUrl("polo", "/"));
    const form = other.getByTestId("sign-in-form");
    await form.locator("#login").fill(account.login);
    await form.locator("#password").fill(account.password);
    await form.getByRole("button", { name: tenantConfigs.polo.texts.signInButton }).click();
    await signedIn(other);
    await expect(other).not.toHaveURL(/\/logowanie\/kod/);
    await other.context().close();
  });
});

test("S32: a recovery code signs in once", async ({ page, browser }) => {
  const account = await createAccount("polsp");
  await signIn(page, account);
  const { recoveryCodes } = await enableTotp(page, account);

  const first = await freshPage(browser);
  await passwordStep(first, account);
  await enterCode(first, recoveryCodes[0]!);
  await signedIn(first);
  await first.context().close();

  const second = await freshPage(browser);
  await passwordStep(second, account);
  await enterCode(second, recoveryCodes[0]!);
  await expect(second.getByTestId("second-step-form").getByRole("alert")).toContainText("Nieprawidłowy kod.");
  await enterCode(second, recoveryCodes[1]!);
  await signedIn(second);
  await second.context().close();
});

test("S32: the e-mail method: turned on with a mailed code, then each sign-in mails a new one", async ({ page, browser }) => {
  const account = await createAccount("mpec");
  await signIn(page, account);
  await page.goto(tenantUrl("mpec", SECURITY));
  let since = new Date().toISOString();
  await page.getByTestId("start-email-form").getByRole("button", { name: "Kod wysyłany e-mailem" }).click();
  await expect(page.getByTestId("email-enrolment")).toBeVisible();
  await page.locator("#code").fill(codeIn(await waitForMail(page.request, account.email, /Kod weryfikacyjny/, since)));
  await page.getByRole("button", { name: "Włącz weryfikację dwuetapową" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await waitForMail(page.request, account.email, /Włączono weryfikację dwuetapową/, since);

  const other = await freshPage(browser);
  since = new Date().toISOString();
  await passwordStep(other, account);
  await expect(other.getByTestId("second-step")).toContainText("Wysłaliśmy 6-cyfrowy kod na adres");
  await enterCode(other, codeIn(await waitForMail(other.request, account.email, /Kod weryfikacyjny/, since)));
  await signedIn(other);
  await other.context().close();
});
