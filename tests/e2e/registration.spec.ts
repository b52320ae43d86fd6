import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, saveScreenshot, tenantUrl, test, viewports } from "./fixtures";
import { createCustomer, type TestCustomer } from "./factories";
import { linkIn, mailsTo, oneTimePasswordIn, waitForMail } from "./mailbox";
import mpec from "@/tenants/mpec";

/**
 * Registration and activation (issue 3 items 1, 2, 10): POLO/POLSp by contract, with and without
 * JavaScript; MPEC by customer number with the real "Nie jestem robotem" proof of work. Every
 * screen is photographed at 390 and 1280 px and checked with axe.
 */

/**
 * Screenshot and axe at both widths; leaves the page at the desktop width. With JavaScript off,
 * Playwright cannot run axe or measure the page (both evaluate scripts): screenshots only — the same
 * screens are checked with JavaScript on.
 */
async function look(page: Page, name: string, options: { javaScript?: boolean } = {}): Promise<void> {
  for (const viewport of viewports) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    if (options.javaScript !== false) await expectNoHorizontalScroll(page);
    await saveScreenshot(page, `registration-${name}-${viewport.name}`);
    if (options.javaScript !== false) await expectNoAxeViolations(page);
  }
}

const REQUIRED_CONTRACT = [
  "Pole NIP jest wymagane",
  "Pole Numer umowy jest wymagane",
  "Pole Tel. komórkowy jest wymagane",
  "Pole Adres email jest wymagane",
  "Pole Akceptacja regulaminu jest wymagane",
  "Pole Korzystanie z plików cookie jest wymagane",
];

async function fillContractForm(page: Page, customer: TestCustomer, login?: string): Promise<void> {
  await page.selectOption("#customerType", customer.kind);
  if (customer.kind === "individual") await page.fill("#pesel", customer.pesel!);
  else await page.fill("#nip", customer.nip!);
  await page.fill("#contractNumber", customer.contractNumber);
  if (login) {
    await page.fill("#login", login);
    await page.fill("#loginRepeat", login);
  }
  await page.fill("#phone", "600 100 200");
  await page.fill("#email", customer.email);
  await page.check("#regulation");
  await page.check("#cookies");
}

/** Opens the activation link from the mailbox, activates, and returns the link. */
async function activate(page: Page, customer: TestCustomer, tenant: string, shots?: string, javaScript = true): Promise<string> {
  const mail = await waitForMail(page.request, customer.email, /^Aktywacja konta/);
  // The e-mail links to the tenant's public host (https in a production build); the same path is opened on the test server.
  const url = new URL(linkIn(mail, "/aktywacja/"));
  expect(url.hostname).toBe(`${tenant}.localhost`);
  const link = tenantUrl(tenant, url.pathname);
  const response = await page.goto(link);
  // S17: the token never leaves in a Referer; "strict-origin" rather than "no-referrer", which
  // would make the browser send "Origin: null" with the JavaScript-free POST (refused, S16).
  expect(response?.headers()["referrer-policy"]).toBe("strict-origin");
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "strict-origin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/ \/ Aktywacja konta$/);
  if (shots) await look(page, `${shots}-activation`, { javaScript });
  await page.getByRole("button", { name: "Aktywuj konto" }).click();
  await expect(page.getByTestId("activation-success")).toContainText(
    "Aktywacja konta przebiegła pomyślnie. Możesz się teraz zalogować do systemu za pomocą otrzymanego w e-mail hasła.",
  );
  await expect(page.getByRole("link", { name: "Zaloguj" })).toHaveAttribute("href", "/");
  if (shots) await look(page, `${shots}-activated`, { javaScript });
  const otp = await waitForMail(page.request, customer.email, /^Hasło jednorazowe/);
  expect(oneTimePasswordIn(otp)).toMatch(/^\S{12}$/);
  return link;
}

for (const tenant of ["polo", "polsp"] as const) {
  test.describe(`${tenant}: registration by contract`, () => {
    test("the empty form shows every required-field message; PESEL and NIP follow “Typ klienta”", async ({ page }) => {
      await page.goto(tenantUrl(tenant, "/rejestracja"));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("EBOK / Rejestracja");
      await expect(page.locator("#pesel")).toBeVisible();
      await expect(page.locator("#nip")).toHaveCount(0);
      const more = page.getByRole("link", { name: "Więcej (otwiera się w nowej karcie)" });
      await expect(more.first()).toHaveAttribute("href", "/regulamin");
      await expect(more.nth(1)).toHaveAttribute("href", "/polityka-prywatnosci");
      await expect(more.first()).toHaveAttribute("target", "_blank");
      await look(page, `${tenant}-form`);

      await page.selectOption("#customerType", "business");
      await expect(page.locator("#nip")).toBeVisible();
      await expect(page.locator("#pesel")).toHaveCount(0);
      await page.getByRole("button", { name: "Zarejestruj się" }).click();
      for (const message of REQUIRED_CONTRACT) await expect(page.getByText(message, { exact: true })).toBeVisible();
      await expect(page.locator("#nip")).toHaveAttribute("aria-invalid", "true");
      await look(page, `${tenant}-form-errors`);
    });

    test("an individual with a chosen login registers and activates; the link works once", async ({ page }) => {
      const customer = await createCustomer(tenant, { kind: "individual" });
      await page.goto(tenantUrl(tenant, "/rejestracja"));
      await fillContractForm(page, customer, `jan.${customer.id.slice(-6).toLowerCase()}`);
      await page.getByRole("button", { name: "Zarejestruj się" }).click();
      const success = page.getByTestId("registration-success");
      await expect(success).toContainText("Udało się!");
      await expect(success).toContainText("Wpisane przez Ciebie dane są poprawne. Na wpisany adres email zostanie wysłany link aktywacyjny konta.");
      await expect(success.getByRole("link", { name: "Powrót" })).toHaveAttribute("href", "/");
      await look(page, `${tenant}-registered`);

      const link = await activate(page, customer, tenant, tenant);
      const mail = await waitForMail(page.request, customer.email, /^Hasło jednorazowe/);
      expect(mail.text).toContain(`jan.${customer.id.slice(-6).toLowerCase()}`);

      await page.goto(link);
      await expect(page.getByTestId("activation-used")).toContainText("został już użyty");
      await expect(page.getByRole("button", { name: "Aktywuj konto" })).toHaveCount(0);
      await look(page, `${tenant}-activation-used`);
    });

    test("a business with an empty login gets the NIP as its login; wrong data is refused without saying which part", async ({ page }) => {
      const customer = await createCustomer(tenant, { kind: "business" });
      await page.goto(tenantUrl(tenant, "/rejestracja"));
      await fillContractForm(page, { ...customer, contractNumber: "UM/NIEISTNIEJE" });
      await page.getByRole("button", { name: "Zarejestruj się" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "Nie znaleźliśmy umowy" })).toBeVisible();
      // Typed values are kept.
      await expect(page.locator("#nip")).toHaveValue(customer.nip!);
      await expect(page.locator("#email")).toHaveValue(customer.email);
      await look(page, `${tenant}-form-refused`);

      await page.fill("#contractNumber", customer.contractNumber);
      await page.check("#regulation");
      await page.check("#cookies");
      await page.getByRole("button", { name: "Zarejestruj się" }).click();
      await expect(page.getByTestId("registration-success")).toBeVisible();
      await activate(page, customer, tenant);
      const mail = await waitForMail(page.request, customer.email, /^Hasło jednorazowe/);
      expect(mail.text).toContain(`loginu ${customer.nip}`);
    });

    test("an unknown activation link says it is not found", async ({ page }) => {
      await page.goto(tenantUrl(tenant, `/aktywacja/${"A".repeat(43)}`));
      await expect(page.getByTestId("activation-invalid")).toBeVisible();
      await look(page, `${tenant}-activation-unknown`);
    });
  });

  test.describe(`${tenant}: registration without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test("the empty form shows every message; a business registers and activates", async ({ page }) => {
      await page.goto(tenantUrl(tenant, "/rejestracja"));
      // Without JS both fields show; the server reads the one "Typ klienta" names.
      await expect(page.locator("#pesel")).toBeVisible();
      await expect(page.locator("#nip")).toBeVisible();
      await page.selectOption("#customerType", "business");
      await page.getByRole("button", { name: "Zarejestruj się" }).click();
      for (const message of REQUIRED_CONTRACT) await expect(page.getByText(message, { exact: true })).toBeVisible();
      await expect(page.getByText("Pole PESEL jest wymagane")).toHaveCount(0);
      await look(page, `${tenant}-nojs-form-errors`, { javaScript: false });

      const customer = await createCustomer(tenant, { kind: "business" });
      await fillContractForm(page, customer);
      await page.fill("#pesel", "to pole nie jest czytane");
      await page.getByRole("button", { name: "Zarejestruj się" }).click();
      await expect(page.getByTestId("registration-success")).toContainText("Udało się!");
      await look(page, `${tenant}-nojs-registered`, { javaScript: false });
      await activate(page, customer, tenant, `${tenant}-nojs`, false);
    });
  });
}

test.describe("mpec: registration by customer number", () => {
  test("captcha solved for real, then “Ustaw hasło do portalu” and the confirmation e-mail", async ({ page }) => {
    const customer = await createCustomer("mpec");
    await page.goto(tenantUrl("mpec", "/rejestracja"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rejestracja użytkownika");
    await expect(page.getByRole("link", { name: "Zaloguj się" })).toHaveAttribute("href", "/");
    const widget = page.locator("altcha-widget");
    await expect(widget.getByText("Nie jestem robotem")).toBeVisible();

    await page.getByLabel("kwotą ostatniego rozliczenia (lokatorzy wspólnoty mieszkaniowej)").check();
    await expect(page.locator("#settlementAmount")).toBeVisible();
    await expect(page.locator("#invoiceNumber")).toHaveCount(0);
    await page.getByLabel("numerem ostatniej faktury").check();
    await look(page, "mpec-form");

    await page.getByRole("button", { name: "Zarejestruj się" }).click();
    for (const message of [
      "Pole Numer odbiorcy jest wymagane",
      "Pole Numer ostatniej faktury jest wymagane",
      "Pole E-mail jest wymagane",
      "Pole Akceptuję regulamin portalu i zgadzam się z jego postanowieniami jest wymagane",
      "Pole Zgadzam się na przetwarzanie danych jest wymagane",
      "Pole Nie jestem robotem jest wymagane",
    ])
      await expect(page.getByText(message, { exact: true })).toBeVisible();
    await look(page, "mpec-form-errors");

    await page.fill("#customerNumber", customer.customerNumber);
    await page.fill("#invoiceNumber", customer.lastInvoiceNumber);
    await page.fill("#email", customer.email);
    await page.check("#regulation");
    await page.check("#dataProcessing");
    await page.check("#eInvoice");
    // A click starts the proof of work; the box is ticked only once it is solved.
    const robot = widget.getByRole("checkbox", { name: "Nie jestem robotem" });
    await robot.click();
    // Solved: the box is ticked and its label (its accessible name) says so.
    await expect(widget.getByRole("checkbox", { name: "Zweryfikowano" })).toBeChecked({ timeout: 10_000 });
    await look(page, "mpec-form-verified");
    await page.getByRole("button", { name: "Zarejestruj się" }).click();

    await expect(page).toHaveURL(tenantUrl("mpec", "/rejestracja/haslo"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ustaw hasło do portalu");
    await expect(page.getByText("Minimalna długość hasła 8 znaków.", { exact: false })).toBeVisible();
    await look(page, "mpec-password");
    await page.fill("#password", "abcdefgh");
    await page.fill("#passwordRepeat", "abcdefgi");
    await page.getByRole("button", { name: "Zapisz" }).click();
    await expect(page.getByText("Hasło musi zawierać przynajmniej jedną wielką literę.")).toBeVisible();
    await expect(page.getByText("Hasła nie są identyczne.")).toBeVisible();
    await look(page, "mpec-password-errors");

    await page.fill("#password", "Ciepły Dom 24");
    await page.fill("#passwordRepeat", "Ciepły Dom 24");
    await page.getByRole("button", { name: "Zapisz" }).click();
    await expect(page.getByTestId("account-created")).toContainText(customer.customerNumber);
    await look(page, "mpec-account-created");
    const mail = await waitForMail(page.request, customer.email, /zostało utworzone/);
    expect(mail.text).toContain(`Login do konta: ${customer.customerNumber}`);

    // The step's cookie opens nothing any more.
    await page.goto(tenantUrl("mpec", "/rejestracja/haslo"));
    await expect(page.getByTestId("step-gone")).toBeVisible();
  });

  test("S26: five wrong proofs block the customer number; the right proof from a fresh browser is refused with the customer-service contacts; the CRM's address is told once", async ({
    page,
    browser,
  }) => {
    const customer = await createCustomer("mpec");
    const attempt = async (on: Page, invoiceNumber: string) => {
      await on.fill("#customerNumber", customer.customerNumber);
      await on.fill("#invoiceNumber", invoiceNumber);
      await on.fill("#email", `wpisany-${customer.email}`);
      await on.check("#regulation");
      await on.check("#dataProcessing");
      const widget = on.locator("altcha-widget");
      await widget.getByRole("checkbox", { name: "Nie jestem robotem" }).click();
      await expect(widget.getByRole("checkbox", { name: "Zweryfikowano" })).toBeChecked({ timeout: 10_000 });
      await on.getByRole("button", { name: "Zarejestruj się" }).click();
    };
    await page.goto(tenantUrl("mpec", "/rejestracja"));
    for (let i = 1; i <= 5; i++) {
      await attempt(page, `FV/ZLA/${i}`);
      await expect(page.getByRole("alert").filter({ hasText: "Podane dane nie pozwalają potwierdzić tożsamości" })).toBeVisible();
      // The next attempt starts from a fresh widget once the answer is in.
      await expect(page.locator("altcha-widget").getByRole("checkbox", { name: "Nie jestem robotem" })).not.toBeChecked();
    }

    // Another browser, no cookies, the right proof: refused all the same.
    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      await other.goto(tenantUrl("mpec", "/rejestracja"));
      await attempt(other, customer.lastInvoiceNumber);
      const blocked = other.getByRole("alert").filter({ hasText: "została wstrzymana na 24 godziny" });
      await expect(blocked).toBeVisible();
      for (const contact of [mpec.contacts.phone, mpec.contacts.emailIndividual, mpec.contacts.emailBusiness]) await expect(blocked).toContainText(contact);
      // What was typed stays.
      await expect(other.locator("#customerNumber")).toHaveValue(customer.customerNumber);
      await look(other, "mpec-blocked");
      await expect(other).toHaveURL(tenantUrl("mpec", "/rejestracja"));
    } finally {
      await fresh.close();
    }

    const notice = await waitForMail(page.request, customer.email, /wstrzymana/);
    expect(notice.text).toContain(`dla numeru odbiorcy ${customer.customerNumber}`);
    expect((await mailsTo(page.request, customer.email)).filter((m) => /wstrzymana/.test(m.subject))).toHaveLength(1);
    expect(await mailsTo(page.request, `wpisany-${customer.email}`)).toEqual([]);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the page says the captcha needs JavaScript and gives the contacts", async ({ page }) => {
      await page.goto(tenantUrl("mpec", "/rejestracja"));
      const notice = page.getByTestId("noscript-captcha");
      await expect(notice).toContainText("wymaga włączonej obsługi JavaScript");
      await expect(notice).toContainText("Nie jestem robotem");
      await look(page, "mpec-nojs", { javaScript: false });
    });
  });
});
