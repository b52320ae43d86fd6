import { randomBytes } from "node:crypto";
import { expect, shootAtEveryWidth, checkAndSave, expectNoAxeViolations, port, saveScreenshot, tenantUrl, test } from "./fixtures";
import { waitForMail } from "./mailbox";
import { createAccount, signIn } from "./recovery-accounts";
import { consoleUrl, staffSession } from "./staff";
import type { TenantId } from "./factories";

/** Ustawienia → Powiadomienia and the unsubscribe link of a notification (issue 14 item 3). */
const tenants: TenantId[] = ["polo", "polsp", "mpec"];

test.describe("notification settings", () => {
  for (const tenant of tenants) {
    test(`${tenant}: Powiadomienia at 390 and 1280 px; the regulation stays on; axe finds nothing`, async ({ page }) => {
      const account = await createAccount(tenant);
      await signIn(page, account);
      await page.goto(tenantUrl(tenant, "/ustawienia/powiadomienia"));
      await expect(page.getByRole("heading", { level: 2, name: "Powiadomienia" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Powiadomienia" })).toHaveAttribute("aria-current", "page");
      const regulation = page.getByLabel("Zmiana regulaminu");
      await expect(regulation).toBeChecked();
      await expect(regulation).toBeDisabled();
      await expect(page.getByText("Tej wiadomości nie można wyłączyć")).toBeVisible();
      // Every tenant takes readings ("Odczyty" at POLO and POLSp, "Liczniki" at MPEC).
      await expect(page.getByLabel("Termin podania odczytu licznika")).toHaveCount(1);
      await expect(page.getByLabel("Minął termin płatności")).toBeChecked();
      await shootAtEveryWidth(page, `notifications-${tenant}`);
      await expectNoAxeViolations(page);
    });
  }

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("polo: a choice is saved and shown after a reload; the others keep their state", async ({ page }) => {
      const account = await createAccount("polo");
      await signIn(page, account);
      await page.goto(tenantUrl("polo", "/ustawienia/powiadomienia"));
      await page.getByLabel("Minął termin płatności").uncheck();
      await page.getByRole("button", { name: "Zapisz" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Ustawienia powiadomień zostały zapisane." })).toBeVisible();
      await page.goto(tenantUrl("polo", "/ustawienia/powiadomienia"));
      await expect(page.getByLabel("Minął termin płatności")).not.toBeChecked();
      await expect(page.getByLabel("Nowa faktura lub dokument")).toBeChecked();
      await expect(page.getByLabel("Zmiana regulaminu")).toBeChecked();
    });
  });
});

test("S35: the unsubscribe link of a ticket reply: GET changes nothing, the button and the RFC 8058 one-click POST turn off that one event", async ({
  page,
  browser,
  request,
}) => {
  const account = await createAccount("polsp");
  const subject = `Pytanie o fakturę ${randomBytes(3).toString("hex")}`;
  await signIn(page, account);
  await page.goto(tenantUrl("polsp", "/zgloszenia/nowe"));
  await page.getByLabel("Kategoria").selectOption("reklamacja");
  await page.getByLabel("Temat").fill(subject);
  await page.getByLabel("Treść").fill("Proszę o wyjaśnienie kwoty.");
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(page).toHaveURL(/\/zgloszenia\/[0-9a-f-]{36}\?wyslano=1$/);
  const ticketId = new URL(page.url()).pathname.split("/").pop()!;

  const since = new Date().toISOString();
  const staff = await browser.newContext();
  const office = await staff.newPage();
  await staffSession(office, "staff", ["polsp"]);
  await office.goto(consoleUrl(`/konsola/zgloszenia/${ticketId}`));
  await office.getByLabel("Odpowiedź dla klienta").fill("Kwota wynika z odczytu rzeczywistego.");
  await office.getByRole("button", { name: "Wyślij odpowiedź" }).click();
  await expect(office.getByRole("status").filter({ hasText: "Odpowiedź została wysłana" })).toBeVisible();
  await staff.close();

  const mail = await waitForMail(request, account.email, /Nowa odpowiedź w sprawie/, since);
  // The mail's links are the production origin; the same path and token on this test server.
  const mailed = new URL(/^(http\S+\/powiadomienia\/wypisz\?t=\S+)$/m.exec(mail.text)![1]!);
  const link = tenantUrl("polsp", mailed.pathname + mailed.search);
  expect(mail.text).toMatch(/\/ustawienia\/powiadomienia$/m);

  // Opening the link (signed out: a new context) only asks; the preference is still on.
  const visitor = await browser.newContext();
  const unsubscribePage = await visitor.newPage();
  await unsubscribePage.goto(link);
  await expect(unsubscribePage.getByText("Czy na pewno nie chcesz otrzymywać wiadomości e-mail „Odpowiedź w zgłoszeniu”?")).toBeVisible();
  await checkAndSave(unsubscribePage, "notifications-unsubscribe-polsp");
  await page.goto(tenantUrl("polsp", "/ustawienia/powiadomienia"));
  await expect(page.getByLabel("Odpowiedź w zgłoszeniu")).toBeChecked();

  await unsubscribePage.getByRole("button", { name: "Wypisz mnie" }).click();
  await expect(unsubscribePage.getByRole("status").filter({ hasText: "Wypisano." })).toBeVisible();
  await saveScreenshot(unsubscribePage, "notifications-unsubscribed-polsp");
  await visitor.close();
  await page.goto(tenantUrl("polsp", "/ustawienia/powiadomienia"));
  await expect(page.getByLabel("Odpowiedź w zgłoszeniu")).not.toBeChecked();
  await expect(page.getByLabel("Nowa faktura lub dokument")).toBeChecked();

  // RFC 8058 one-click, as a mail client sends it: no cookies, no Origin of ours. Node does not resolve
  // *.localhost, so the requests go to 127.0.0.1 with the tenant's Host.
  const oneClick = `/api/powiadomienia/wypisz${mailed.search}`;
  const on = (host: string) => ({ Host: `${host}:${port}`, "content-type": "application/x-www-form-urlencoded" });
  const post = (host: string, pathname: string, data: string) =>
    request.post(`http://127.0.0.1:${port}${pathname}`, { headers: on(host), data, maxRedirects: 0 });
  const get = await request.get(`http://127.0.0.1:${port}${oneClick}`, { headers: on("polsp.localhost"), maxRedirects: 0 });
  expect(get.status()).toBe(303);
  expect(get.headers().location).toBe(`/powiadomienia/wypisz${mailed.search}`);
  expect((await post("polsp.localhost", oneClick, "List-Unsubscribe=One-Click")).status()).toBe(200);
  expect((await post("polsp.localhost", oneClick, "something=else")).status()).toBe(400);
  const forged = oneClick.replace(/t=([^.]+)\./, "t=$1x.");
  expect((await post("polsp.localhost", forged, "List-Unsubscribe=One-Click")).status()).toBe(404);
  // The token is bound to its tenant: on another seller's host it is refused.
  expect((await post("polo.localhost", oneClick, "List-Unsubscribe=One-Click")).status()).toBe(404);
});
