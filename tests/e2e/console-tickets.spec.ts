import { readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { openPostgres } from "@/db/client";
import { auditLog } from "@/db/schema";
import { createForeignTicket } from "./factories-tickets";
import { expect, expectNoAxeViolations, saveScreenshot, tenantUrl, test, shootAtEveryWidth } from "./fixtures";
import { E2E_PORT, e2eOrigin, waitForMail } from "./mailbox";
import { createAccount, signedInAt, signIn } from "./recovery-accounts";
import { consoleUrl, staffSession } from "./staff";
import { e2eDatabaseUrl as databaseUrl } from "./database-url";

/** The console's ticket queue and thread (issue 5 item 7): reply, unread mark, e-mail, internal notes, scope. */
const pdf = readFileSync(path.join(__dirname, "../fixtures/uploads/tiny.pdf"));
const NOTE = "NOTATKA WEWNĘTRZNA: klient dzwonił w tej sprawie";
const REPLY = "Dzień dobry, reklamacja została uwzględniona. Korekta faktury w załączniku.";

const shoot = (page: Page, name: string) => shootAtEveryWidth(page, name);

async function auditActions(ticketId: string): Promise<{ action: string; actorKind: string; ip: string | null; details: unknown }[]> {
  const handle = openPostgres(databaseUrl, { max: 1 });
  try {
    return await handle.db
      .select({ action: auditLog.action, actorKind: auditLog.actorKind, ip: auditLog.ip, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.targetKind, "ticket"), eq(auditLog.targetId, ticketId)));
  } finally {
    await handle.close();
  }
}

test("staff answer a POLSp complaint: the customer sees the reply, the unread mark and the e-mail; the internal note stays in the office", async ({
  page,
  request,
}) => {
  const account = await createAccount("polsp");
  const subject = `Reklamacja faktury ${randomBytes(3).toString("hex")}`;
  await signIn(page, account);
  await page.goto(tenantUrl("polsp", "/zgloszenia/nowe"));
  await page.getByLabel("Kategoria").selectOption("reklamacja");
  await page.getByLabel("Temat").fill(subject);
  await page.getByLabel("Treść").fill("Faktura za październik jest zawyżona.");
  await page.getByLabel("Załączniki").setInputFiles([{ name: "faktura.pdf", mimeType: "application/pdf", buffer: pdf }]);
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(page).toHaveURL(/\/zgloszenia\/[0-9a-f-]{36}\?wyslano=1$/);
  const ticketId = new URL(page.url()).pathname.split("/").pop()!;
  const number = (await page.getByTestId("ticket-number").textContent())!;
  expect(number).toMatch(/^ZG\/\d{4}\/\d{6}$/);

  const since = new Date().toISOString();
  await staffSession(page, "staff", ["polsp"]);
  await page.getByRole("navigation", { name: "Konsola" }).getByRole("link", { name: "Zgłoszenia" }).click();
  await expect(page).toHaveURL(consoleUrl("/konsola/zgloszenia"));
  await expect(page.getByRole("heading", { name: "Zgłoszenia", level: 1 })).toBeVisible();
  await expect(page.getByTestId("queue-table").locator("th")).toHaveText([
    "Sprzedawca",
    "Numer",
    "Temat",
    "Kategoria",
    "Nr klienta",
    "Utworzono",
    "Wiek",
    "Termin odpowiedzi",
    "Status",
    "Nieprzeczytane",
  ]);
  await page.getByLabel("Sprzedawca").selectOption("polsp");
  await page.getByLabel("Kategoria").selectOption("reklamacja");
  await page.getByRole("button", { name: "Filtruj" }).click();
  await expect(page).toHaveURL(/sprzedawca=polsp/);
  const row = page.getByTestId("queue-row").filter({ hasText: subject });
  await expect(row.locator("td")).toHaveText([
    "Polenergia Sprzedaż",
    number,
    subject,
    "Reklamacja",
    account.customerNumber,
    /^\d{2}\.\d{2}\.\d{4}$/,
    "dziś",
    /Pozostało: 14 dni/,
    "Nowe",
    "1",
  ]);
  await expectNoAxeViolations(page);
  await shoot(page, "console-tickets-queue");

  await row.getByRole("link", { name: subject }).click();
  await expect(page).toHaveURL(consoleUrl(`/konsola/zgloszenia/${ticketId}`));
  await expect(page.getByTestId("console-ticket-number")).toHaveText(number);
  await expect(page.getByTestId("console-ticket-subject")).toHaveText(subject);
  await expect(page.getByTestId("thread-message")).toHaveCount(1);
  const file = page.getByTestId("console-attachment-link");
  await expect(file).toHaveText("faktura.pdf");
  const download = await page.evaluate(
    async (href) => {
      const response = await fetch(href);
      return { status: response.status, disposition: response.headers.get("content-disposition"), size: (await response.arrayBuffer()).byteLength };
    },
    (await file.getAttribute("href"))!,
  );
  expect(download).toEqual({ status: 200, disposition: `attachment; filename="faktura.pdf"; filename*=UTF-8''faktura.pdf`, size: pdf.length });

  await page.getByLabel("Treść notatki (niewidoczna dla klienta)").fill(NOTE);
  await page.getByRole("button", { name: "Dodaj notatkę" }).click();
  await expect(page.getByText("Notatka została dodana.")).toBeVisible();
  const note = page.getByTestId("internal-note");
  await expect(note).toContainText("Notatka wewnętrzna — niewidoczna dla klienta");
  await expect(note).toContainText(NOTE);

  await page.getByLabel("Odpowiedź dla klienta").fill(REPLY);
  // By id: the thread's attachment lists are labelled "Załączniki" too.
  await page.locator("#zalaczniki").setInputFiles([{ name: "korekta.pdf", mimeType: "application/pdf", buffer: pdf }]);
  await expect(page.getByLabel("Status po wysłaniu")).toHaveValue("answered");
  await page.getByRole("button", { name: "Wyślij odpowiedź" }).click();
  await expect(page).toHaveURL(consoleUrl(`/konsola/zgloszenia/${ticketId}?odpowiedziano=1#odpowiedz`));
  await expect(page.getByRole("status").filter({ hasText: "Odpowiedź została wysłana" })).toBeVisible();
  await expect(page.getByTestId("console-ticket-status")).toHaveText("Odpowiedziano");
  await expect(page.getByTestId("thread-message")).toHaveCount(2);
  await expect(page.getByTestId("read-state")).toHaveText("Klient jeszcze jej nie przeczytał.");
  await expectNoAxeViolations(page);
  await shoot(page, "console-ticket-thread");

  const mail = await waitForMail(request, account.email, /^Nowa odpowiedź w sprawie /, since);
  expect(mail.subject).toBe(`Nowa odpowiedź w sprawie ${number}: ${subject}`);
  expect(mail.text).toContain(`/zgloszenia/${ticketId}`);
  expect(mail.text).not.toContain("uwzględniona");

  // The customer: the unread mark in the list, the reply and its attachment in the thread, no note.
  await page.goto(tenantUrl("polsp", "/zgloszenia"));
  const customerRow = page.getByTestId("ticket-row").filter({ hasText: subject });
  await expect(customerRow.getByTestId("ticket-unread")).toHaveText("1");
  await expect(customerRow.locator("td").nth(2)).toHaveText("Odpowiedziano");
  await customerRow.getByRole("link", { name: subject }).click();
  await expect(page.getByTestId("ticket-messages")).toContainText(REPLY);
  await expect(page.getByTestId("ticket-message")).toHaveCount(2);
  await expect(page.getByTestId("attachment-link")).toHaveText(["faktura.pdf", "korekta.pdf"]);
  await expect(page.locator("body")).not.toContainText("NOTATKA");
  await page.goto(tenantUrl("polsp", "/zgloszenia"));
  await expect(page.getByTestId("ticket-row").filter({ hasText: subject }).getByTestId("ticket-unread")).toHaveText("0");

  // Back in the console: the reply is read; the customer's message was read on opening; close it.
  await page.goto(consoleUrl(`/konsola/zgloszenia/${ticketId}`));
  await expect(page.getByTestId("read-state")).toContainText("Przeczytana przez klienta");
  await page.getByLabel("Status zgłoszenia").selectOption("closed");
  await page.getByRole("button", { name: "Zmień status" }).click();
  await expect(page.getByText("Status został zmieniony.")).toBeVisible();
  await expect(page.getByTestId("console-ticket-status")).toHaveText("Zamknięte");
  await page.goto(consoleUrl("/konsola/zgloszenia?status=all&sprzedawca=polsp"));
  await expect(page.getByTestId("queue-row").filter({ hasText: subject }).getByTestId("queue-unread")).toHaveText("0");

  const audits = await auditActions(ticketId);
  const byStaff = audits.filter((a) => a.actorKind === "staff");
  expect([...new Set(byStaff.map((a) => a.action))].sort()).toEqual([
    "attachment.downloaded",
    "ticket.note_added",
    "ticket.replied",
    "ticket.status_changed",
    "ticket.viewed",
  ]);
  expect(byStaff.every((a) => a.ip)).toBe(true);
  expect(JSON.stringify(audits)).not.toContain("NOTATKA");
  expect(JSON.stringify(audits)).not.toContain("uwzględniona");
});

test("S14: staff scoped to POLO get 404 for a POLSp ticket, its attachment and a reply to it", async ({ page, request, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 404/);
  const foreign = await createForeignTicket("polsp", pdf);
  // Without a staff session a reply is a 303 to the sign-in page (not a 307 that would re-post it).
  const anonymous = await request.post(`${e2eOrigin}/konsola/zgloszenia/${foreign.ticketId}/odpowiedz`, {
    headers: { Host: `admin.localhost:${E2E_PORT}` },
    multipart: { wiadomosc: "Bez sesji" },
    maxRedirects: 0,
  });
  expect([anonymous.status(), anonymous.headers().location]).toEqual([303, "/konsola/logowanie"]);
  await staffSession(page, "staff", ["polo"]);
  expect((await page.goto(consoleUrl(`/konsola/zgloszenia/${foreign.ticketId}`)))!.status()).toBe(404);
  await page.goto(consoleUrl("/konsola/zgloszenia"));
  const statuses = await page.evaluate(async ({ ticketId, attachmentId }) => {
    const body = new FormData();
    body.set("wiadomosc", "Nie powinno dotrzeć");
    body.set("statusPoOdpowiedzi", "answered");
    const download = await fetch(`/konsola/zgloszenia/${ticketId}/zalaczniki/${attachmentId}`);
    const reply = await fetch(`/konsola/zgloszenia/${ticketId}/odpowiedz`, { method: "POST", body, redirect: "manual" });
    return [download.status, reply.status];
  }, foreign);
  expect(statuses).toEqual([404, 404]);
  await expect(page.getByLabel("Sprzedawca").locator("option")).toHaveText(["Wszyscy obsługiwani", "Polenergia Obrót"]);
  await page.goto(consoleUrl("/konsola/zgloszenia?sprzedawca=polsp&status=all"));
  await expect(page.getByTestId("queue-table").or(page.getByTestId("queue-empty"))).toBeVisible();
  await expect(page.locator("main")).not.toContainText("Polenergia Sprzedaż");
  expect((await auditActions(foreign.ticketId)).filter((a) => a.actorKind === "staff")).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the reply shows its errors and keeps the text; a note and a reply are sent", async ({ page }) => {
    await signedInAt(page, "mpec", "/zgloszenia/nowe");
    await page.getByLabel("Kategoria").selectOption("techniczne");
    await page.getByLabel("Temat").fill("Zimne kaloryfery");
    await page.getByLabel("Treść").fill("Od wczoraj kaloryfery są zimne.");
    await page.getByRole("button", { name: "Wyślij sprawę" }).click();
    await expect(page).toHaveURL(/\/zgloszenia\/[0-9a-f-]{36}\?wyslano=1$/);
    const ticketId = new URL(page.url()).pathname.split("/").pop()!;

    await staffSession(page, "staff", ["mpec"]);
    await page.goto(consoleUrl(`/konsola/zgloszenia/${ticketId}`));
    await page.locator("#zalaczniki").setInputFiles([{ name: "program.exe", mimeType: "application/pdf", buffer: Buffer.from("MZ not a pdf") }]);
    await page.getByLabel("Status po wysłaniu").selectOption("in_progress");
    await page.getByRole("button", { name: "Wyślij odpowiedź" }).click();
    await expect(page.locator("#wiadomosc-error")).toHaveText("Pole Odpowiedź jest wymagane");
    await expect(page.locator("#zalaczniki-error")).toContainText("Plik „program.exe” ma niedozwolony format.");
    await expect(page.getByLabel("Status po wysłaniu")).toHaveValue("in_progress");
    // axe runs as page script, which this context does not allow; the same page with JS is checked above.
    await saveScreenshot(page, "console-ticket-reply-errors-1280");

    await page.getByLabel("Treść notatki (niewidoczna dla klienta)").fill("Notatka bez JavaScriptu");
    await page.getByRole("button", { name: "Dodaj notatkę" }).click();
    await expect(page.getByTestId("internal-note")).toContainText("Notatka bez JavaScriptu");

    await page.getByLabel("Odpowiedź dla klienta").fill("Technik przyjedzie jutro.");
    await page.getByRole("button", { name: "Wyślij odpowiedź" }).click();
    await expect(page.getByTestId("console-ticket-status")).toHaveText("W trakcie");
    await expect(page.getByTestId("thread-message").last()).toContainText("Technik przyjedzie jutro.");
  });
});
