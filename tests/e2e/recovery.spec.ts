import type { Page } from "@playwright/test";
import { expect, tenantUrl, test, viewports, checkAndSave } from "./fixtures";
import { loginsIn, oneTimePasswordIn, waitForMail } from "./mailbox";
import { createAccount, resetLinkIn, signIn, tenantConfigs } from "./recovery-accounts";
import type { TenantId } from "./factories";

/**
 * "Nie pamiętasz hasła?" and "Nie pamiętasz nazwy użytkownika?" (issue 3 items 5 and 10), with and
 * without JavaScript: the same page for known and unknown input (S06), the e-mails that tools read.
 */
const otpTenants: TenantId[] = ["polo", "polsp"];

/** What the answer page shows, without the parts that differ by nature (none should). */
const answerOf = (page: Page) => page.getByRole("main").innerText();

async function askForPassword(page: Page, tenant: TenantId, login: string): Promise<string> {
  const texts = tenantConfigs[tenant].texts;
  await page.goto(tenantUrl(tenant, "/"));
  await page.getByRole("link", { name: texts.forgotPasswordLink }).click();
  await expect(page).toHaveURL(/\/odzyskiwanie-hasla$/);
  await page.locator("#login").fill(login);
  await page.locator("form button[type=submit]").click();
  await expect(page.getByTestId("recovery-done")).toBeVisible();
  return answerOf(page);
}

async function askForLogin(page: Page, tenant: TenantId, email: string): Promise<string> {
  await page.goto(tenantUrl(tenant, "/"));
  await page.getByRole("link", { name: "Nie pamiętasz nazwy użytkownika?" }).click();
  await expect(page).toHaveURL(/\/odzyskiwanie-loginu$/);
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Przypomnij login" }).click();
  await expect(page.getByTestId("recovery-done")).toBeVisible();
  return answerOf(page);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`recovery with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    for (const tenant of otpTenants) {
      test(`S06: ${tenant} forgot-password answers a known and an unknown login alike; the OTP e-mail arrives`, async ({ page }) => {
        const account = await createAccount(tenant);
        const since = new Date().toISOString();
        const known = await askForPassword(page, tenant, account.login);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${tenantConfigs[tenant].names.portalHeading} / Odzyskiwanie hasła`);
        await expect(page.getByRole("heading", { level: 2, name: "Wygenerowano nowe hasło!" })).toBeVisible();
        await expect(
          page.getByText(
            "Wygenerowano nowe hasło jednorazowe. Zostało ono wysłane na adres e-mail Twojego konta. Hasło wymaga zmiany przy pierwszym logowaniu.",
          ),
        ).toBeVisible();
        const unknown = await askForPassword(page, tenant, `nie-ma-${account.id.toLowerCase()}`);
        expect(unknown).toBe(known);

        const mail = await waitForMail(page.request, account.email, /Hasło jednorazowe/, since);
        const otp = oneTimePasswordIn(mail);
        expect(otp.length).toBeGreaterThanOrEqual(8);
        // The one-time password signs in and forces "Wymagana zmiana hasła" (the sign-in slice).
        await signIn(page, { tenant, login: account.login, password: otp });
        await expect(page).toHaveURL(/\/zmiana-hasla$/);
      });
    }

    test("S06: mpec forgot-password sends a reset link; the link sets the password once (S05), and the owner is told (S08)", async ({ page }) => {
      const account = await createAccount("mpec");
      const since = new Date().toISOString();
      const known = await askForPassword(page, "mpec", account.login);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zapomniałeś hasła?");
      expect(await askForPassword(page, "mpec", "10000001")).toBe(known);

      const mail = await waitForMail(page.request, account.email, /Ustawienie nowego hasła/, since);
      const link = resetLinkIn(mail);
      const response = await page.goto(link);
      // S17: the token never leaves in a Referer; "strict-origin" keeps the JavaScript-free POST same-origin (S16).
      expect(response?.headers()["referrer-policy"]).toBe("strict-origin");
      await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "strict-origin");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ustaw hasło do portalu");
      await page.locator("#password").fill("Nowe-Cieplo-2027");
      await page.locator("#repeat").fill("Nowe-Cieplo-2027");
      await page.getByRole("button", { name: "Zapisz" }).click();
      await expect(page.getByTestId("password-set")).toContainText("Hasło zostało zapisane.");
      await waitForMail(page.request, account.email, /Hasło zostało zmienione/, since);

      await page.goto(link);
      await expect(page.getByTestId("link-problem")).toContainText("został już wykorzystany");
      await signIn(page, { tenant: "mpec", login: account.login, password: "Nowe-Cieplo-2027" });
      await expect(page).not.toHaveURL(/wylogowano/);
    });

    for (const tenant of otpTenants) {
      test(`S06: ${tenant} forgot-login answers an unknown address like a known one; the known one gets every login`, async ({ page }) => {
        const first = await createAccount(tenant);
        const second = await createAccount(tenant, { email: first.email });
        const since = new Date().toISOString();
        const known = await askForLogin(page, tenant, first.email.toUpperCase());
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${tenantConfigs[tenant].names.portalHeading} / Odzyskiwanie loginu`);
        await expect(page.getByText("Wysłano wiadomość e-mail, zawierającą login użytkownika o podanym w formularzu adresie e-mail.")).toBeVisible();
        expect(await askForLogin(page, tenant, `nikt-${first.id.toLowerCase()}@example.com`)).toBe(known);
        const mail = await waitForMail(page.request, first.email, /Przypomnienie loginu/, since);
        expect(loginsIn(mail).sort()).toEqual([first.login, second.login].sort());
      });
    }
  });
}

test("mpec has no login reminder: the page is a 404", async ({ page, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 404/);
  const response = await page.goto(tenantUrl("mpec", "/odzyskiwanie-loginu"));
  expect(response?.status()).toBe(404);
});

test("a reset link that does not exist explains itself and links to a new request", async ({ page }) => {
  await page.goto(tenantUrl("mpec", "/haslo/ustaw/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
  await expect(page.getByTestId("link-problem")).toContainText("nieprawidłowy");
  await page.getByRole("link", { name: /Poproś o nowy link/ }).click();
  await expect(page).toHaveURL(/\/odzyskiwanie-hasla$/);
});

test.describe("recovery screens", () => {
  for (const tenant of ["polo", "polsp", "mpec"] as TenantId[]) {
    for (const viewport of viewports) {
      test(`${tenant} at ${viewport.name} px: forms, answers and errors look right; axe finds nothing`, async ({ page }) => {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        const shoot = (name: string) => checkAndSave(page, `${tenant}-${name}-${viewport.name}`);
        await page.goto(tenantUrl(tenant, "/odzyskiwanie-hasla"));
        await page.locator("form button[type=submit]").click();
        await expect(page.locator("#login-error")).toHaveText("Pole Login jest wymagane");
        await shoot("recovery-password-error");
        await page.locator("#login").fill(`ktos-${viewport.name}`);
        await page.locator("form button[type=submit]").click();
        await expect(page.getByTestId("recovery-done")).toBeVisible();
        await shoot("recovery-password-done");
        await page.goto(tenantUrl(tenant, "/odzyskiwanie-hasla"));
        await shoot("recovery-password");

        if (tenantConfigs[tenant].texts.forgotLoginLink) {
          await page.goto(tenantUrl(tenant, "/odzyskiwanie-loginu"));
          await page.getByLabel("E-mail").fill("to-nie-adres");
          await page.getByRole("button", { name: "Przypomnij login" }).click();
          await expect(page.locator("#email-error")).toBeVisible();
          await shoot("recovery-login-error");
          await page.getByLabel("E-mail").fill(`nikt-${viewport.name}@example.com`);
          await page.getByRole("button", { name: "Przypomnij login" }).click();
          await expect(page.getByTestId("recovery-done")).toBeVisible();
          await shoot("recovery-login-done");
        }

        await page.goto(tenantUrl(tenant, "/haslo/ustaw/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        await shoot("reset-link-invalid");
        if (tenantConfigs[tenant].recovery === "reset-link") {
          const account = await createAccount("mpec");
          const since = new Date().toISOString();
          await askForPassword(page, "mpec", account.login);
          const mail = await waitForMail(page.request, account.email, /Ustawienie nowego hasła/, since);
          await page.goto(resetLinkIn(mail));
          await shoot("reset-link-form");
          await page.locator("#password").fill("krotkie");
          await page.locator("#repeat").fill("inne");
          await page.getByRole("button", { name: "Zapisz" }).click();
          await expect(page.locator("#password-error")).toBeVisible();
          await shoot("reset-link-errors");
        }
      });
    }
  }
});
