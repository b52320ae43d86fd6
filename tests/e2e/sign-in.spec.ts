import { expect, expectNoAxeViolations, expectNoHorizontalScroll, saveScreenshot, tenantUrl, test, viewports } from "./fixtures";
import { waitForMail } from "./mailbox";
import { createAccount, tenantConfigs } from "./recovery-accounts";
import { forgetRegulationAcceptance, requestOneTimePassword, sessionCookie, submitForcedChange, submitSignIn } from "./sign-in-helpers";
import type { TenantId } from "./factories";

/**
 * Sign-in, "Wymagana zmiana hasła", the regulation gate and the signed-in frame (issue 3 items 3, 7,
 * 8, 10), on every tenant, at phone and desktop width, with screenshots and axe.
 */
const allTenants: TenantId[] = ["polo", "polsp", "mpec"];
const otpTenants: TenantId[] = ["polo", "polsp"];
const failedMessage = (tenant: TenantId) =>
  `Nieprawidłowy login lub hasło. Po 5 błędnych próbach konto zostaje zablokowane — odblokujesz je, korzystając z opcji „${tenantConfigs[tenant].texts.forgotPasswordLink}”`;

for (const tenant of allTenants) {
  const config = tenantConfigs[tenant];
  const home = config.navigation[0]!.module === "dashboard" ? "/pulpit" : "/umowy";

  for (const viewport of viewports) {
    test.describe(`${tenant} at ${viewport.name} px`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      test("the sign-in screen shows the documents' labels and links", async ({ page }) => {
        await page.goto(tenantUrl(tenant, "/"));
        const panel = page.getByRole("region", { name: config.texts.signInTitle });
        await expect(panel.getByLabel("Login")).toBeVisible();
        await expect(panel.locator("#password")).toHaveAttribute("type", "password");
        await expect(panel.getByLabel("Zapamiętaj mnie")).not.toBeChecked();
        await expect(panel.getByRole("button", { name: config.texts.signInButton })).toBeVisible();
        await expect(panel.getByRole("link", { name: config.texts.forgotPasswordLink })).toHaveAttribute("href", "/odzyskiwanie-hasla");
        if (config.texts.forgotLoginLink)
          await expect(panel.getByRole("link", { name: config.texts.forgotLoginLink })).toHaveAttribute("href", "/odzyskiwanie-loginu");
        const register = page.getByRole("region", { name: "Rejestracja" });
        await expect(register).toContainText(config.texts.welcome.slice(0, 12));
        await expect(register.getByRole("link", { name: config.texts.registerLink })).toHaveAttribute("href", "/rejestracja");
        await expectNoHorizontalScroll(page);
        await saveScreenshot(page, `${tenant}-sign-in-${viewport.name}`);
        await expectNoAxeViolations(page);

        // A wrong answer: the one message, the login kept, the password not.
        await submitSignIn(page, tenant, "nie-ma-takiego-loginu", "Zle-Haslo-1");
        await expect(page.getByTestId("sign-in-form").getByRole("alert")).toContainText(failedMessage(tenant));
        await expect(page.getByTestId("sign-in-form").getByRole("alert")).toContainText(config.contacts.emailBusiness);
        await expect(panel.getByLabel("Login")).toHaveValue("nie-ma-takiego-loginu");
        await expect(panel.locator("#password")).toHaveValue("");
        await saveScreenshot(page, `${tenant}-sign-in-error-${viewport.name}`);
        await expectNoAxeViolations(page);
      });

      test("signed in: the portal frame, its tabs with aria-current, the home module and Wyloguj", async ({ page }) => {
        const account = await createAccount(tenant);
        await submitSignIn(page, tenant, account.login, account.password);
        await expect(page).toHaveURL(tenantUrl(tenant, home));
        await expect(page.getByTestId("customer-name")).toHaveText("Anna Testowa");

        if (home === "/pulpit") {
          await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pulpit");
          // 123,00 + 246,00 zł of invoices, nothing paid.
          await expect(page.getByTestId("balance-amount")).toHaveText("Do zapłaty: 369,00\u00a0zł");
          await expect(page.getByTestId("balance-amount")).toHaveClass(/text-danger/);
          await expect(page.getByTestId("balance-tile")).toContainText(/na dzień \d{2}\.\d{2}\.\d{4}/);
          await expectNoHorizontalScroll(page);
          await saveScreenshot(page, `${tenant}-pulpit-${viewport.name}`);
          await expectNoAxeViolations(page);
          await page.goto(tenantUrl(tenant, "/umowy"));
        }
        const contractsLabel = config.navigation.find((n) => n.module === "contracts")!.label;
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(contractsLabel);
        await expect(page.getByTestId("contracts")).toContainText(`Umowa nr ${account.contractNumber}`);
        await expect(page.getByTestId("contract-status")).toHaveText("Aktywna");
        await expectNoHorizontalScroll(page);
        await saveScreenshot(page, `${tenant}-umowy-${viewport.name}`);
        await expectNoAxeViolations(page);

        if (viewport.name === "390") {
          await page.getByTestId("phone-menu").locator("summary").click();
          const tabs = page.getByRole("navigation", { name: "Moduły portalu (lista zakładek)" });
          await expect(tabs.getByRole("link", { name: contractsLabel })).toHaveAttribute("aria-current", "page");
          await expect(tabs.getByRole("listitem").last()).toHaveText("Wyloguj");
          await saveScreenshot(page, `${tenant}-phone-tabs-${viewport.name}`);
          await expectNoAxeViolations(page);
          await tabs.getByRole("button", { name: "Wyloguj" }).click();
        } else {
          const nav = page.getByRole("navigation", { name: "Moduły portalu" });
          await expect(nav.getByRole("link", { name: contractsLabel })).toHaveAttribute("aria-current", "page");
          await page.getByTestId("portal-header").getByRole("button", { name: "Wyloguj" }).click();
        }
        await expect(page).toHaveURL(tenantUrl(tenant, "/?wylogowano=1"));
        await expect(page.getByTestId("signed-out-notice")).toHaveText("Wylogowano.");
        // A protected URL now leads to the sign-in page.
        await page.goto(tenantUrl(tenant, home));
        await expect(page).toHaveURL(/\/(\?wylogowano=sesja)?$/);
        await expect(page.getByTestId("sign-in-form")).toBeVisible();
      });

      test("the regulation gate comes before any other page until accepted", async ({ page }) => {
        const account = await createAccount(tenant);
        await forgetRegulationAcceptance(account);
        await submitSignIn(page, tenant, account.login, account.password);
        await expect(page).toHaveURL(tenantUrl(tenant, "/regulamin/akceptacja"));
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(config.regulation.title);
        await expect(page.getByTestId("regulation-meta")).toHaveText(/^Wersja \S+, obowiązuje od \d{2}\.\d{2}\.\d{4}$/);
        // Another page waits behind the gate: it is where the acceptance leads (home itself needs no ?next=).
        await page.goto(tenantUrl(tenant, "/umowy"));
        await expect(page).toHaveURL(tenantUrl(tenant, home === "/umowy" ? "/regulamin/akceptacja" : "/regulamin/akceptacja?next=%2Fumowy"));
        await page.getByRole("button", { name: "Akceptuję" }).click();
        await expect(page.getByText("Pole Akceptuję regulamin jest wymagane")).toBeVisible();
        await expectNoHorizontalScroll(page);
        await saveScreenshot(page, `${tenant}-regulation-gate-${viewport.name}`);
        await expectNoAxeViolations(page);
        await page.getByLabel("Akceptuję regulamin").check();
        await page.getByRole("button", { name: "Akceptuję" }).click();
        await expect(page).toHaveURL(tenantUrl(tenant, "/umowy"));
      });
    });
  }
}

for (const tenant of otpTenants) {
  for (const viewport of viewports) {
    test(`${tenant} at ${viewport.name} px: one-time password → "Wymagana zmiana hasła" → portal; S09 new session ids`, async ({ page, context }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const account = await createAccount(tenant);
      const otp = await requestOneTimePassword(page, account);
      await submitSignIn(page, tenant, account.login, otp);
      await expect(page).toHaveURL(tenantUrl(tenant, "/zmiana-hasla"));
      const first = (await sessionCookie(context, tenant))?.value;
      expect(first).toBeTruthy();
      // Nothing else opens before the change.
      await page.goto(tenantUrl(tenant, "/pulpit"));
      await expect(page).toHaveURL(tenantUrl(tenant, "/zmiana-hasla"));
      await expect(page.getByText(tenantConfigs[tenant].passwordPolicy.hint)).toBeVisible();

      await submitForcedChange(page, otp, "Nowe-Haslo-2027", "Inne-Haslo-2027");
      await expect(page.getByText("Hasła nie są identyczne.")).toBeVisible();
      await expect(page.getByLabel("Powtórz nowe hasło")).toHaveAttribute("aria-invalid", "true");
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `${tenant}-forced-change-${viewport.name}`);
      await expectNoAxeViolations(page);

      const since = new Date(Date.now() - 1000).toISOString();
      await submitForcedChange(page, otp, "Nowe-Haslo-2027");
      await expect(page).toHaveURL(tenantUrl(tenant, "/pulpit"));
      const second = (await sessionCookie(context, tenant))?.value;
      expect(second).toBeTruthy();
      expect(second).not.toBe(first);
      await waitForMail(page.request, account.email, /Hasło zostało zmienione/, since);
    });
  }
}

test("S27: a recovery one-time password signs in once — a second browser is refused before the change; the first one's change still works", async ({
  page,
  browser,
}) => {
  const account = await createAccount("polo");
  const otp = await requestOneTimePassword(page, account);
  await submitSignIn(page, "polo", account.login, otp);
  await expect(page).toHaveURL(tenantUrl("polo", "/zmiana-hasla"));

  const other = await browser.newContext();
  try {
    const second = await other.newPage();
    await submitSignIn(second, "polo", account.login, otp);
    await expect(second.getByTestId("sign-in-form").getByRole("alert")).toContainText(failedMessage("polo"));
    await expect(second).toHaveURL(tenantUrl("polo", "/"));
  } finally {
    await other.close();
  }

  await submitForcedChange(page, otp, "Jeden-Raz-2027");
  await expect(page).toHaveURL(tenantUrl("polo", "/pulpit"));
});

test("S07: five wrong passwords lock the account; the right one then fails; the owner gets the lock e-mail (S08)", async ({ page }) => {
  const account = await createAccount("polo");
  const since = new Date(Date.now() - 1000).toISOString();
  for (let i = 1; i <= 5; i++) {
    await submitSignIn(page, "polo", account.login, `Zle-Haslo-${i}`);
    await expect(page.getByTestId("sign-in-form").getByRole("alert"), `attempt ${i}`).toContainText(failedMessage("polo"));
  }
  await submitSignIn(page, "polo", account.login, account.password);
  await expect(page.getByTestId("sign-in-form").getByRole("alert")).toContainText(failedMessage("polo"));
  await expect(page).toHaveURL(tenantUrl("polo", "/"));
  await waitForMail(page.request, account.email, /zablokowane/, since);
});

test("Zapamiętaj mnie remembers the login on this device only, in an httpOnly cookie; unticking forgets it", async ({ page, context }) => {
  const account = await createAccount("polsp");
  await submitSignIn(page, "polsp", account.login, account.password, { remember: true });
  await expect(page).toHaveURL(tenantUrl("polsp", "/pulpit"));
  const remembered = (await context.cookies(tenantUrl("polsp", "/"))).find((c) => c.name.endsWith("mojbok.login"));
  expect(remembered).toMatchObject({ httpOnly: true, sameSite: "Lax", value: encodeURIComponent(account.login) });
  await page.getByTestId("portal-header").getByRole("button", { name: "Wyloguj" }).click();
  await expect(page.getByLabel("Login")).toHaveValue(account.login);
  await expect(page.getByLabel("Zapamiętaj mnie")).toBeChecked();
  // The session itself is not kept: the portal asks to sign in again.
  await page.goto(tenantUrl("polsp", "/pulpit"));
  await expect(page.getByTestId("sign-in-form")).toBeVisible();

  await submitSignIn(page, "polsp", account.login, account.password, { remember: false });
  await expect(page).toHaveURL(tenantUrl("polsp", "/pulpit"));
  expect((await context.cookies(tenantUrl("polsp", "/"))).find((c) => c.name.endsWith("mojbok.login"))).toBeUndefined();
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("sign-in errors, one-time password sign-in and the forced change work", async ({ page }) => {
    const account = await createAccount("polo");
    await page.goto(tenantUrl("polo", "/"));
    await page.getByRole("button", { name: "Zaloguj się" }).click();
    await expect(page.getByText("Pole Login jest wymagane")).toBeVisible();
    await expect(page.getByText("Pole Hasło jest wymagane")).toBeVisible();

    const otp = await requestOneTimePassword(page, account);
    await submitSignIn(page, "polo", account.login, otp);
    await expect(page).toHaveURL(tenantUrl("polo", "/zmiana-hasla"));
    await submitForcedChange(page, "", "krotkie", "");
    await expect(page.getByText("Pole Hasło jednorazowe jest wymagane")).toBeVisible();
    await expect(page.getByText("Hasło musi mieć co najmniej 8 znaków.")).toBeVisible();
    await expect(page.getByText("Pole Powtórz nowe hasło jest wymagane")).toBeVisible();
    await submitForcedChange(page, otp, "Bez-Skryptow-2027");
    await expect(page).toHaveURL(tenantUrl("polo", "/pulpit"));
    await page.getByTestId("portal-header").getByRole("button", { name: "Wyloguj" }).click();
    await expect(page).toHaveURL(tenantUrl("polo", "/?wylogowano=1"));
    await submitSignIn(page, "polo", account.login, "Bez-Skryptow-2027");
    await expect(page).toHaveURL(tenantUrl("polo", "/pulpit"));
  });
});
