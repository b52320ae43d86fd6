import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { openPostgres } from "@/db/client";
import { accounts, invoices } from "@/db/schema";
import { createCustomer, type TenantId } from "./factories";
import { createPdfInvoice } from "./factories-pdf";
import { expect, tenantUrl, test } from "./fixtures";
import { createAccount, signIn } from "./recovery-accounts";
import { e2eDatabaseUrl } from "./database-url";
import { pdfText, savePdfPageOnePicture } from "@/tests/helpers/pdf-text";

/**
 * GET /faktury/<id>/pdf: the signed-in customer downloads their invoice as a PDF; anyone else's is a
 * 404; without a session there is no PDF. The PDF's text is checked (tests/helpers/pdf-text.ts), and
 * page 1 is rendered to tests/e2e/screenshots/ for people to look at when pdftoppm is installed.
 */
const tenants: TenantId[] = ["polo", "polsp", "mpec"];

const pdfUrl = (tenant: TenantId, id: string) => tenantUrl(tenant, `/faktury/${encodeURIComponent(id)}/pdf`);

/** A fetch from inside the page: same origin, the session cookie goes along (Node cannot resolve *.localhost). */
function fetchInPage(page: Page, url: string, ifNoneMatch?: string) {
  return page.evaluate(
    async ([href, etag]) => {
      // A request with its own If-None-Match bypasses the browser's cache: the script sees a 304 as it is.
      const response = await fetch(href!, { redirect: "follow", headers: etag ? { "If-None-Match": etag } : {} });
      const bytes = new Uint8Array(await response.arrayBuffer());
      const header = (name: string) => response.headers.get(name) ?? "";
      return {
        status: response.status,
        url: response.url,
        type: header("content-type"),
        disposition: header("content-disposition"),
        cache: header("cache-control"),
        etag: header("etag"),
        start: String.fromCharCode(...bytes.subarray(0, 5)),
      };
    },
    [url, ifNoneMatch] as const,
  );
}

for (const tenant of tenants) {
  test(`${tenant}: S13/S14: the customer downloads their invoice PDF; another customer's is a 404`, async ({ page, allowConsoleErrors }) => {
    // Chromium logs every 404 answer to a fetch as a console error; those two are the point here.
    allowConsoleErrors(/status of 404/);
    const account = await createAccount(tenant);
    const invoice = await createPdfInvoice(tenant, account.id);
    const stranger = await createCustomer(tenant);
    const strangers = await createPdfInvoice(tenant, stranger.id);
    await signIn(page, account);

    const downloading = page.waitForEvent("download");
    await page.evaluate(
      (href) => {
        const link = document.createElement("a");
        link.href = href;
        document.body.append(link);
        link.click();
      },
      pdfUrl(tenant, invoice.id),
    );
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${invoice.number.replaceAll("/", "_")}.pdf`);
    const dir = mkdtempSync(path.join(tmpdir(), "mojbok-e2e-pdf-"));
    const file = path.join(dir, "invoice.pdf");
    await download.saveAs(file);

    const text = await pdfText(file);
    expect(text).toContain(invoice.number);
    expect(text).toContain("Zużycie w okresie rozliczeniowym: 1 452 kWh; w analogicznym okresie ubiegłego roku: 1 500 kWh (−3,2%)");
    expect(text).toContain(invoice.grossText);
    expect(text).toContain("słownie: tysiąc dwieście trzydzieści cztery złote 56/100");
    expect(text).toContain("Anna Testowa");
    savePdfPageOnePicture(file, `${tenant}-invoice-pdf`, 60);

    expect(await fetchInPage(page, pdfUrl(tenant, strangers.id))).toMatchObject({ status: 404 });
    expect(await fetchInPage(page, pdfUrl(tenant, `${account.id}-nie-istnieje`))).toMatchObject({ status: 404 });
  });
}

test("polo: without a session the PDF address answers the sign-in page, not a PDF", async ({ page, browser }) => {
  const account = await createAccount("polo");
  const invoice = await createPdfInvoice("polo", account.id);
  const anonymous = await browser.newContext();
  try {
    const stranger = await anonymous.newPage();
    await stranger.goto(tenantUrl("polo", "/"));
    const answer = await fetchInPage(stranger, pdfUrl("polo", invoice.id));
    expect(answer.type).not.toContain("application/pdf");
    expect(answer.start).not.toBe("%PDF-");
  } finally {
    await anonymous.close();
  }
  // The same address works once signed in, so the check above can fail.
  await signIn(page, account);
  const answer = await fetchInPage(page, pdfUrl("polo", invoice.id));
  expect(answer).toMatchObject({ status: 200, type: "application/pdf", cache: "private, no-cache", start: "%PDF-" });
  expect(answer.disposition).toBe(
    `attachment; filename="${invoice.number.replaceAll("/", "_")}.pdf"; filename*=UTF-8''${encodeURIComponent(invoice.number.replaceAll("/", "_"))}.pdf`,
  );
});

test("polo: the stored PDF carries its ETag, a current copy gets 304, a changed document a new PDF", async ({ page }) => {
  const account = await createAccount("polo");
  const invoice = await createPdfInvoice("polo", account.id);
  await signIn(page, account);
  const first = await fetchInPage(page, pdfUrl("polo", invoice.id));
  expect(first).toMatchObject({ status: 200, type: "application/pdf", cache: "private, no-cache", start: "%PDF-" });
  expect(first.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
  // The second download is the stored PDF: same tag; with the tag, nothing is sent again.
  expect(await fetchInPage(page, pdfUrl("polo", invoice.id))).toMatchObject({ status: 200, etag: first.etag, start: "%PDF-" });
  expect(await fetchInPage(page, pdfUrl("polo", invoice.id), first.etag)).toMatchObject({
    status: 304,
    etag: first.etag,
    cache: "private, no-cache",
    start: "",
  });
  // The CRM re-issues the document with another amount: the old tag no longer matches.
  const handle = openPostgres(e2eDatabaseUrl, { max: 1 });
  try {
    await handle.db
      .update(invoices)
      .set({ gross: 99_999 })
      .where(and(eq(invoices.tenantId, "polo"), eq(invoices.id, invoice.id)));
  } finally {
    await handle.close();
  }
  const changed = await fetchInPage(page, pdfUrl("polo", invoice.id), first.etag);
  expect(changed).toMatchObject({ status: 200, type: "application/pdf", start: "%PDF-" });
  expect(changed.etag).not.toBe(first.etag);
});

test("mpec: S13: an account that must change its password gets no document before it does", async ({ page }) => {
  const account = await createAccount("mpec");
  const invoice = await createPdfInvoice("mpec", account.id);
  const handle = openPostgres(e2eDatabaseUrl, { max: 1 });
  try {
    await handle.db
      .update(accounts)
      .set({ mustChangePassword: true })
      .where(and(eq(accounts.tenantId, "mpec"), eq(accounts.customerId, account.id)));
  } finally {
    await handle.close();
  }
  await signIn(page, account);
  const answer = await fetchInPage(page, pdfUrl("mpec", invoice.id));
  expect(answer.type).not.toContain("application/pdf");
  expect(new URL(answer.url).pathname).toBe("/zmiana-hasla");
});
