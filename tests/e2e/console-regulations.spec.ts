import { randomBytes } from "node:crypto";
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, saveScreenshot, tenantUrl, test, viewports } from "./fixtures";
import { waitForMail } from "./mailbox";
import { createAccount, signIn, tenantConfigs } from "./recovery-accounts";
import { consoleUrl, staffSession } from "./staff";

/**
 * Regulations in the console (issue #5): an admin writes a POLSp version, previews it in POLSp's
 * branding, publishes it → POLSp customers must accept it at their next sign-in, POLO customers are
 * not asked; the public archive keeps the earlier version. The new version keeps the tenant file's
 * title and text (plus a paragraph): other specs check /regulamin's title and its first paragraph in parallel.
 */
const polsp = tenantConfigs.polsp;

test.describe("console: regulations", () => {
  test("an admin publishes a new POLSp regulation → POLSp customers must accept it at the next sign-in, POLO customers are not asked", async ({
    page,
    browser,
    allowConsoleErrors,
  }) => {
    allowConsoleErrors(/status of 404 \(Not Found\)/);
    const polspCustomer = await createAccount("polsp");
    const poloCustomer = await createAccount("polo");
    const since = new Date(Date.now() - 1000).toISOString();
    await staffSession(page, "admin", ["polsp"]);

    await page.goto(consoleUrl("/konsola/regulaminy"));
    await expect(page.getByRole("heading", { level: 1, name: "Regulaminy" })).toBeVisible();
    await expect(page.getByTestId("regulations-polo")).toHaveCount(0);
    const list = page.getByTestId("regulations-polsp");
    await expect(list.getByTestId("regulation-row").first()).toContainText("Opublikowany · obowiązuje");
    const oldVersion = polsp.regulation.version;

    await list.getByRole("link", { name: `Nowa wersja dla ${polsp.names.product}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nowa wersja regulaminu" })).toBeVisible();
    await expect(page.getByLabel("Sprzedawca")).toHaveValue("polsp");
    await expect(page.getByLabel("Tytuł")).toHaveValue(polsp.regulation.title);
    const label = `e2e.${randomBytes(3).toString("hex")}`;
    // A past date is refused, every other value stays.
    await page.getByLabel("Oznaczenie wersji").fill(label);
    // The form starts at the server's today.
    const today = await page.getByLabel("Data wejścia w życie").inputValue();
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByLabel("Data wejścia w życie").fill("2020-01-01");
    const markdown = `${polsp.regulation.markdown}\n\n## § 99. Zmiana testowa\n\nNowy paragraf wersji ${label}. <img src=x onerror=alert(1)> <script>alert(2)</script>\n`;
    await page.getByLabel("Treść").fill(markdown);
    await page.getByRole("button", { name: "Zapisz wersję roboczą" }).click();
    await expect(page.getByText("Data wejścia w życie nie może być wcześniejsza niż dzisiejsza.")).toBeVisible();
    await expect(page.getByLabel("Oznaczenie wersji")).toHaveValue(label);
    await page.getByLabel("Data wejścia w życie").fill(today);
    await page.getByRole("button", { name: "Zapisz wersję roboczą" }).click();

    await expect(page.getByTestId("regulation-flash")).toHaveText("Zapisano wersję roboczą.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Regulamin ${polsp.names.product}, wersja ${label}`);
    const preview = page.getByTestId("regulation-preview");
    await expect(preview.getByRole("heading", { name: "§ 99. Zmiana testowa" })).toBeVisible();
    // Raw HTML in the Markdown is dropped, neither rendered nor shown (the text between tags stays text).
    await expect(preview.locator("script, img")).toHaveCount(0);
    await expect(preview).not.toContainText("onerror");
    await expect(preview).not.toContainText("<script");
    await expect(page.locator("[data-brand=polsp]")).toBeVisible();
    const versionUrl = page.url();

    await page.getByRole("link", { name: "Opublikuj…" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Opublikować wersję ${label}?`);
    await expect(page.getByText("Klientów innych sprzedawców to nie dotyczy.")).toBeVisible();
    await page.getByRole("button", { name: "Opublikuj" }).click();
    await expect(page.getByTestId("regulation-flash")).toContainText(`Wersja ${label} została opublikowana.`);
    await expect(page.getByText("Opublikowany · obowiązuje")).toBeVisible();
    await expect(page.getByRole("link", { name: "Edytuj szkic" })).toHaveCount(0);
    await expect(page.getByTestId("acceptances")).toHaveText("0");
    // Published versions are immutable: their edit and publish pages do not exist.
    expect((await page.goto(`${versionUrl.split("?")[0]}/edycja`))?.status()).toBe(404);

    // The POLSp customer meets the gate with the new version, gets the e-mail, and accepts it.
    const customer = await browser.newContext();
    const customerPage = await customer.newPage();
    await signIn(customerPage, polspCustomer);
    await expect(customerPage).toHaveURL(tenantUrl("polsp", "/regulamin/akceptacja"));
    await expect(customerPage.getByTestId("regulation-meta")).toContainText(`Wersja ${label}, obowiązuje od`);
    await customerPage.getByLabel("Akceptuję regulamin").check();
    await customerPage.getByRole("button", { name: "Akceptuję" }).click();
    await expect(customerPage).not.toHaveURL(/\/regulamin\/akceptacja/);
    const mail = await waitForMail(customerPage.request, polspCustomer.email, /Nowa wersja regulaminu/, since);
    expect(mail.text).toContain(`nowa wersja (${label})`);
    await customer.close();

    // The POLO customer is not asked.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, poloCustomer);
    await expect(otherPage).not.toHaveURL(/\/regulamin\/akceptacja/);
    await other.close();

    // The console counts the acceptance.
    await page.goto(versionUrl);
    await expect(page.getByTestId("acceptances")).toHaveText("1");

    // The public page shows the new version and links the archive, which keeps the earlier one.
    await page.goto(tenantUrl("polsp", "/regulamin"));
    await expect(page.getByTestId("document-meta")).toContainText(`Wersja ${label},`);
    await page.getByRole("link", { name: "Archiwum wersji regulaminu" }).click();
    await expect(page).toHaveURL(tenantUrl("polsp", "/regulamin/archiwum"));
    const archive = page.getByTestId("regulation-archive");
    await expect(archive.getByRole("link", { name: `Wersja ${label}` })).toBeVisible();
    await archive.getByRole("link", { name: `Wersja ${oldVersion}`, exact: true }).click();
    await expect(page.getByTestId("document-meta")).toContainText(`Wersja ${oldVersion},`);
    await expect(page.getByText("§ 99. Zmiana testowa")).toHaveCount(0);
    // The POLO archive does not know the POLSp version.
    expect((await page.goto(tenantUrl("polo", `/regulamin/archiwum/${label}`)))?.status()).toBe(404);
  });

  test("staff (not admins) get 404 on the admin sections; an admin of POLO gets 404 for a POLSp version", async ({ page, browser, allowConsoleErrors }) => {
    allowConsoleErrors(/status of 404 \(Not Found\)/);
    await staffSession(page, "staff", ["polo", "polsp"]);
    for (const path of ["/konsola/regulaminy", "/konsola/regulaminy/nowa", "/konsola/pracownicy", "/konsola/klucze-importu"]) {
      expect((await page.goto(consoleUrl(path)))?.status(), path).toBe(404);
    }
    await page.goto(consoleUrl("/konsola"));
    await expect(page.getByRole("navigation", { name: "Konsola" }).getByRole("link", { name: "Regulaminy" })).toHaveCount(0);

    const polspAdmin = await browser.newContext();
    const adminPage = await polspAdmin.newPage();
    await staffSession(adminPage, "admin", ["polsp"]);
    await adminPage.goto(consoleUrl("/konsola/regulaminy"));
    const href = await adminPage.getByTestId("regulations-polsp").getByTestId("regulation-row").first().getByRole("link").getAttribute("href");
    await polspAdmin.close();

    const poloAdmin = await browser.newContext();
    const poloPage = await poloAdmin.newPage();
    await staffSession(poloPage, "admin", ["polo"]);
    expect((await poloPage.goto(consoleUrl(href!)))?.status()).toBe(404);
    expect((await poloPage.goto(consoleUrl("/konsola/regulaminy/nowa?sprzedawca=polsp")))?.status()).toBe(404);
    await poloAdmin.close();
  });

  for (const viewport of viewports) {
    test(`regulation screens at ${viewport.name} px: list, new version, preview, publication step; public archive`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await staffSession(page, "admin", ["polo", "polsp", "mpec"]);
      await page.goto(consoleUrl("/konsola/regulaminy"));
      await expect(page.getByTestId("regulations-mpec")).toBeVisible();
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `console-regulations-${viewport.name}`);
      await expectNoAxeViolations(page);

      await page.goto(consoleUrl("/konsola/regulaminy/nowa?sprzedawca=mpec"));
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `console-regulation-new-${viewport.name}`);
      await expectNoAxeViolations(page);

      // A draft (never published here) for the preview and the confirmation step.
      await page.getByLabel("Oznaczenie wersji").fill(`szkic.${viewport.name}.${randomBytes(3).toString("hex")}`);
      await page.getByRole("button", { name: "Zapisz wersję roboczą" }).click();
      await expect(page.getByTestId("regulation-flash")).toHaveText("Zapisano wersję roboczą.");
      await expect(page.getByTestId("regulation-preview")).toBeVisible();
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `console-regulation-preview-${viewport.name}`);
      await expectNoAxeViolations(page);

      await page.getByRole("link", { name: "Edytuj szkic" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edycja szkicu · ${tenantConfigs.mpec.names.product}`);
      await expectNoAxeViolations(page);
      await page.goBack();
      await page.getByRole("link", { name: "Opublikuj…" }).click();
      await expect(page.getByRole("button", { name: "Opublikuj" })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `console-regulation-publish-${viewport.name}`);
      await expectNoAxeViolations(page);

      await page.goto(tenantUrl("mpec", "/regulamin/archiwum"));
      await expect(page.getByTestId("regulation-archive").getByRole("link")).not.toHaveCount(0);
      await expect(page.getByTestId("regulation-archive")).not.toContainText("szkic.");
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `mpec-regulation-archive-${viewport.name}`);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("console regulations without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a draft is saved and edited as plain forms; errors keep the values", async ({ page }) => {
    await staffSession(page, "admin", ["mpec"]);
    await page.goto(consoleUrl("/konsola/regulaminy/nowa"));
    await page.getByLabel("Tytuł").fill("Regulamin testowy");
    await page.getByLabel("Treść").fill("## § 1. Test\n\nTreść bez JS.");
    await page.getByLabel("Oznaczenie wersji").fill("ze spacja 1");
    await page.getByRole("button", { name: "Zapisz wersję roboczą" }).click();
    await expect(page.getByText("Oznaczenie wersji: do 40 liter")).toBeVisible();
    await expect(page.getByLabel("Treść")).toHaveValue("## § 1. Test\n\nTreść bez JS.");
    const label = `bezjs.${randomBytes(3).toString("hex")}`;
    await page.getByLabel("Oznaczenie wersji").fill(label);
    await page.getByRole("button", { name: "Zapisz wersję roboczą" }).click();
    await expect(page.getByTestId("regulation-flash")).toHaveText("Zapisano wersję roboczą.");
    await page.getByRole("link", { name: "Edytuj szkic" }).click();
    await page.getByLabel("Tytuł").fill("Regulamin poprawiony");
    await page.getByRole("button", { name: "Zapisz zmiany" }).click();
    await expect(page.getByTestId("regulation-preview").getByRole("heading", { name: "Regulamin poprawiony" })).toBeVisible();
  });
});
