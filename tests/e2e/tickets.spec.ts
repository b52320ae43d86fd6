import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import type { TenantId } from "./factories";
import { createForeignTicket, insertStaffReply } from "./factories-tickets";
import { expect, expectNoAxeViolations, openFromNavigation, tenantUrl, test, shootAtEveryWidth } from "./fixtures";
import { createAccount, signIn, tenantConfigs } from "./recovery-accounts";
import { formatDate } from "@/lib/format";
import { waitForMail } from "./mailbox";

/** Zgłoszenia / Lista spraw (issue 4 items 9–10): new ticket with attachments, list, thread, downloads, S13/S14/S18. */
const pdf = readFileSync(path.join(__dirname, "../fixtures/uploads/tiny.pdf"));
const exe = readFileSync(path.join(__dirname, "../fixtures/uploads/program.exe.pdf"));
const labelOf = (tenant: TenantId) => tenantConfigs[tenant].navigation.find((item) => item.module === "tickets")!.label;
const categoryOf = (tenant: TenantId) => tenantConfigs[tenant].ticketCategories.find((c) => c.isComplaint)!;
const sendLabel = (tenant: TenantId) => (tenantConfigs[tenant].ticketWording === "sprawa" ? "Wyślij sprawę" : "Wyślij zgłoszenie");
const newLabel = (tenant: TenantId) => (tenantConfigs[tenant].ticketWording === "sprawa" ? "Nowa sprawa" : "Nowe zgłoszenie");

const shoot = (page: Page, name: string) => shootAtEveryWidth(page, name);

async function fillNewTicket(page: Page, tenant: TenantId, subject: string) {
  await page.getByLabel("Kategoria").selectOption(categoryOf(tenant).id);
  await page.getByLabel("Temat").fill(subject);
  await page.getByLabel("Treść").fill("Proszę o sprawdzenie rozliczenia.\nW załączniku skan.");
}

for (const tenant of ["polo", "polsp", "mpec"] as const) {
  test.describe(`${tenant}: ${labelOf(tenant)}`, () => {
    test("S18: a ticket with a PDF is listed, downloaded byte for byte, and a staff reply is unread until opened", async ({ page, request }) => {
      const account = await createAccount(tenant);
      await signIn(page, account);
      await openFromNavigation(page, labelOf(tenant));
      await expect(page).toHaveURL(/\/zgloszenia$/);
      await expect(page.getByTestId("tickets-empty")).toBeVisible();

      await page.getByRole("link", { name: newLabel(tenant) }).click();
      await expect(page).toHaveURL(/\/zgloszenia\/nowe$/);
      await expectNoAxeViolations(page);
      await shoot(page, `${tenant}-tickets-new`);
      await fillNewTicket(page, tenant, "Korekta faktury za marzec");
      await page.getByLabel("Załączniki").setInputFiles([{ name: "../../x.pdf", mimeType: "application/pdf", buffer: pdf }]);
      await page.getByRole("button", { name: sendLabel(tenant) }).click();
      await expect(page).toHaveURL(/\/zgloszenia\/[0-9a-f-]{36}\?wyslano=1$/);
      const ticketId = new URL(page.url()).pathname.split("/").pop()!;
      await expect(page.getByTestId("ticket-subject")).toHaveText("Korekta faktury za marzec");
      const due = formatDate(new Date(Date.now() + 14 * 86_400_000));
      await expect(page.getByTestId("answer-due")).toHaveText(`Reklamacja — odpowiemy najpóźniej ${due} (14 dni od jej otrzymania)`);
      // The ticket's number: the tenant's prefix, the year, six digits; the acknowledgement e-mail carries it.
      const number = (await page.getByTestId("ticket-number").textContent())!;
      expect(number).toMatch(new RegExp(`^${tenantConfigs[tenant].ticketNumberPrefix}/\\d{4}/\\d{6}$`));
      const ack = await waitForMail(request, account.email, new RegExp(number.replace(/\//g, "\\/")));
      expect(ack.subject).toBe(
        `Przyjęliśmy ${tenantConfigs[tenant].ticketWording === "sprawa" ? "sprawę" : "zgłoszenie"} ${number}: Korekta faktury za marzec`,
      );
      expect(ack.text).toContain(`najpóźniej ${due}`);
      const link = page.getByTestId("attachment-link");
      await expect(link).toHaveText("x.pdf");

      const downloading = page.waitForEvent("download");
      await link.click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe("x.pdf");
      expect(readFileSync((await download.path())!).equals(pdf)).toBe(true);
      const headers = await page.evaluate(
        async (href) => {
          const response = await fetch(href);
          return Object.fromEntries(
            ["content-type", "content-disposition", "x-content-type-options", "cache-control"].map((h) => [h, response.headers.get(h)]),
          );
        },
        (await link.getAttribute("href"))!,
      );
      expect(headers).toEqual({
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="x.pdf"; filename*=UTF-8''x.pdf`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      });

      await insertStaffReply(tenant, ticketId, "Dzień dobry, korekta zostanie wystawiona.");
      await insertStaffReply(tenant, ticketId, "NOTATKA WEWNĘTRZNA", true);
      await page.goto(tenantUrl(tenant, "/zgloszenia"));
      const row = page.getByTestId("ticket-row");
      await expect(row).toHaveCount(1);
      await expect(page.getByTestId("tickets-table").locator("th")).toHaveText([
        "Lp.",
        "Numer",
        "Status",
        "Data wysłania",
        "Typ sprawy",
        "Temat",
        "Nieprzeczytane",
      ]);
      await expect(row.locator("td")).toHaveText([
        "1.",
        number,
        "Odpowiedziano",
        formatDate(new Date()),
        categoryOf(tenant).label,
        "Korekta faktury za marzec",
        "1",
      ]);
      await expectNoAxeViolations(page);
      await shoot(page, `${tenant}-tickets-list`);

      await row.getByRole("link", { name: "Korekta faktury za marzec" }).click();
      await expect(page.getByTestId("ticket-message")).toHaveCount(2);
      await expect(page.getByTestId("ticket-messages")).toContainText("korekta zostanie wystawiona");
      await expect(page.getByTestId("ticket-messages")).not.toContainText("NOTATKA");
      await expectNoAxeViolations(page);
      await shoot(page, `${tenant}-tickets-thread`);

      await page.getByRole("textbox", { name: "Odpowiedź" }).fill("Dziękuję za informację.");
      await page.getByRole("button", { name: "Wyślij odpowiedź" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Odpowiedź została wysłana." })).toBeVisible();
      await expect(page.getByTestId("ticket-message")).toHaveCount(3);

      await page.goto(tenantUrl(tenant, "/zgloszenia"));
      await expect(page.getByTestId("ticket-unread")).toHaveText("0");
      await expect(page.getByTestId("ticket-row").locator("td").nth(2)).toHaveText("W trakcie");
    });

    test("S18: an oversized file and a file with the wrong magic bytes are refused in Polish, the text is kept", async ({ page }) => {
      const account = await createAccount(tenant);
      await signIn(page, account);
      await page.goto(tenantUrl(tenant, "/zgloszenia/nowe"));
      await fillNewTicket(page, tenant, "Za duży plik");
      const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024 + 1 - pdf.length)]);
      await page.getByLabel("Załączniki").setInputFiles([
        { name: "y.pdf", mimeType: "application/pdf", buffer: big },
        { name: "x.exe.pdf", mimeType: "application/pdf", buffer: exe },
      ]);
      await page.getByRole("button", { name: sendLabel(tenant) }).click();
      await expect(page).toHaveURL(/\/zgloszenia\/nowe$/);
      const errors = page.locator("#zalaczniki-error");
      await expect(errors).toContainText("Plik „y.pdf” jest większy niż 10 MB.");
      await expect(errors).toContainText("Plik „x.exe.pdf” ma niedozwolony format. Dozwolone: PDF, JPEG, PNG.");
      await expect(page.getByLabel("Temat")).toHaveValue("Za duży plik");
      await expect(page.getByLabel("Załączniki")).toHaveAttribute("aria-invalid", "true");
      await expectNoAxeViolations(page);
      await shoot(page, `${tenant}-tickets-new-errors`);

      await page.getByLabel("Temat").fill("");
      await page.getByRole("button", { name: sendLabel(tenant) }).click();
      await expect(page.locator("#temat-error")).toHaveText("Pole Temat jest wymagane");
    });

    test("S13/S14: another customer's ticket and attachment are 404", async ({ page, allowConsoleErrors }) => {
      allowConsoleErrors(/status of 404/);
      const account = await createAccount(tenant);
      const foreign = await createForeignTicket(tenant, pdf);
      await signIn(page, account);
      expect((await page.goto(tenantUrl(tenant, `/zgloszenia/${foreign.ticketId}`)))!.status()).toBe(404);
      const status = await page.evaluate(async (href) => (await fetch(href)).status, `/zgloszenia/${foreign.ticketId}/zalaczniki/${foreign.attachmentId}`);
      expect(status).toBe(404);
      await page.goto(tenantUrl(tenant, "/zgloszenia"));
      await expect(page.getByTestId("tickets-empty")).toBeVisible();
    });
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const tenant of ["polo", "mpec"] as const) {
    test(`${tenant}: the new-ticket form sends with an attachment and shows errors`, async ({ page }) => {
      const account = await createAccount(tenant);
      await signIn(page, account);
      await page.goto(tenantUrl(tenant, "/zgloszenia/nowe"));
      await page.getByRole("button", { name: sendLabel(tenant) }).click();
      await expect(page.locator("#temat-error")).toHaveText("Pole Temat jest wymagane");
      await expect(page.locator("#wiadomosc-error")).toHaveText("Pole Treść jest wymagane");
      await fillNewTicket(page, tenant, "Bez JavaScriptu");
      await page.getByLabel("Załączniki").setInputFiles([{ name: "skan.pdf", mimeType: "application/pdf", buffer: pdf }]);
      await page.getByRole("button", { name: sendLabel(tenant) }).click();
      await expect(page).toHaveURL(/\/zgloszenia\/[0-9a-f-]{36}\?wyslano=1$/);
      await expect(page.getByTestId("attachment-link")).toHaveText("skan.pdf");
    });
  }
});

test("mpec: the sub-views of document 004", async ({ page }) => {
  const account = await createAccount("mpec");
  await signIn(page, account);
  await page.goto(tenantUrl("mpec", "/zgloszenia/nowe"));
  await fillNewTicket(page, "mpec", "Kaloryfer zimny");
  await page.getByRole("button", { name: "Wyślij sprawę" }).click();
  await expect(page).toHaveURL(/\?wyslano=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Sprawa została wysłana." })).toBeVisible();
  const subnav = page.getByRole("navigation", { name: "Lista spraw" });
  await expect(subnav.getByRole("link")).toHaveText(["Nowa sprawa", "Lista wysłanych spraw", "Lista wysłanych wiadomości", "Wyszukiwanie zaawansowane"]);

  await subnav.getByRole("link", { name: "Lista wysłanych wiadomości" }).click();
  await expect(page).toHaveTitle(/Lista wysłanych wiadomości/);
  await expect(page.getByTestId("sent-messages")).toContainText("Kaloryfer zimny");
  await expectNoAxeViolations(page);
  await shoot(page, "mpec-tickets-messages");

  await subnav.getByRole("link", { name: "Wyszukiwanie zaawansowane" }).click();
  await expect(page).toHaveTitle(/Wyszukiwanie zaawansowane/);
  await page.getByLabel("Szukaj w temacie i treści").fill("rozliczenia");
  await page.getByRole("button", { name: "Szukaj" }).click();
  await expect(page).toHaveURL(/szukaj=rozliczenia/);
  await expect(page.getByTestId("ticket-row")).toHaveCount(1);
  await expectNoAxeViolations(page);
  await shoot(page, "mpec-tickets-search");
  await page.getByLabel("Szukaj w temacie i treści").fill("nieistniejące");
  await page.getByRole("button", { name: "Szukaj" }).click();
  await expect(page.getByTestId("tickets-empty")).toHaveText("Nic nie znaleziono. Zmień kryteria wyszukiwania.");
});
