import type { Locator, Page } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { openPostgres } from "@/db/client";
import { customers } from "@/db/schema";
import { qrModel, transferQrDescription } from "@/lib/payments/transfer";
import { importRecords, type TenantId } from "./factories";
import { createPdfInvoice } from "./factories-pdf";
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, saveScreenshot, tenantUrl, test, viewports } from "./fixtures";
import { createAccount, signIn, tenantConfigs } from "./recovery-accounts";
import { e2eDatabaseUrl } from "./database-url";
import { pdfText, savePdfPageOnePicture } from "@/tests/helpers/pdf-text";

/**
 * The account to pay to (issue 13, point 3): the customer's individual account from the CRM, else
 * the seller's, on the first page (Pulpit; MPEC's "Umowa"), on an unpaid document with the transfer
 * QR code, and in the PDF. Screenshots of all three go to tests/e2e/screenshots/.
 */
const INDIVIDUAL = "61109010140000071219812874";
const INDIVIDUAL_TEXT = "61 1090 1014 0000 0712 1981 2874";
const landing: Record<TenantId, string> = { polo: "/pulpit", polsp: "/pulpit", mpec: "/umowy" };

async function setBankAccount(tenant: TenantId, customerId: string, nrb: string | null) {
  const handle = openPostgres(e2eDatabaseUrl, { max: 1 });
  try {
    await handle.db
      .update(customers)
      .set({ bankAccount: nrb })
      .where(and(eq(customers.tenantId, tenant), eq(customers.id, customerId)));
  } finally {
    await handle.close();
  }
}

const config = (tenant: TenantId) => tenantConfigs[tenant];

/**
 * Axe, then both widths. `section` narrows the overflow check to the part this feature adds: the
 * document page's "Dane dokumentu" can overflow by itself on a long random e2e contract number.
 */
async function screenshots(page: Page, name: string, section?: Locator) {
  await expectNoAxeViolations(page);
  for (const viewport of viewports) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    if (!section) await expectNoHorizontalScroll(page);
    else {
      const overflow = await section.evaluate((el) => {
        const right = el.getBoundingClientRect().right - Number.parseFloat(getComputedStyle(el).paddingRight);
        return Math.max(0, ...[...el.querySelectorAll("*")].map((child) => child.getBoundingClientRect().right - right));
      });
      expect(overflow, `overflow of ${name} in px`).toBeLessThanOrEqual(0.5);
    }
    await saveScreenshot(page, `${name}-${viewport.name}`);
  }
}

for (const tenant of ["polo", "polsp", "mpec"] as const) {
  test(`${tenant}: the individual account on the first page, on an unpaid document with its QR code, and in the PDF`, async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const account = await createAccount(tenant);
    await setBankAccount(tenant, account.id, INDIVIDUAL);
    const invoice = await createPdfInvoice(tenant, account.id);
    await signIn(page, account);

    await page.goto(tenantUrl(tenant, landing[tenant]));
    const tile = page.getByTestId("bank-account-tile");
    await expect(tile.getByRole("heading", { level: 2 })).toHaveText("Numer rachunku do wpłat");
    await expect(tile.getByTestId("transfer-account-label")).toHaveText("Twój indywidualny numer rachunku");
    await expect(tile.getByTestId("transfer-account-number")).toHaveText(INDIVIDUAL_TEXT);
    await tile.getByRole("button", { name: "Kopiuj numer rachunku" }).click();
    await expect(tile.getByTestId("copy-status")).toHaveText("Skopiowano");
    await expect(tile.getByTestId("copy-status")).toHaveAttribute("aria-live", "polite");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(INDIVIDUAL);
    await screenshots(page, `${tenant}-bank-landing`);

    await page.goto(tenantUrl(tenant, `/faktury/${encodeURIComponent(invoice.id)}`));
    const transfer = page.getByTestId("document-transfer");
    await expect(transfer.getByTestId("transfer-account-number")).toHaveText(INDIVIDUAL_TEXT);
    await expect(transfer.getByTestId("transfer-title")).toHaveText(invoice.number);
    const payload = `${config(tenant).legal.nip}|PL|${INDIVIDUAL}|123456|${config(tenant).names.short}|${invoice.number}|||`;
    const qr = transfer.getByTestId("transfer-qr");
    await expect(qr).toHaveAttribute("data-payload", payload);
    await expect(qr).toHaveAttribute("role", "img");
    await expect(qr).toHaveAttribute("aria-label", transferQrDescription(payload));
    const model = qrModel(payload);
    await expect(qr).toHaveAttribute("viewBox", `0 0 ${model.size} ${model.size}`);
    await expect(qr.locator("path")).toHaveAttribute("d", model.path);
    await screenshots(page, `${tenant}-bank-document`, transfer);

    const answer = await page.evaluate(
      async (href) => {
        const response = await fetch(href);
        return Array.from(new Uint8Array(await response.arrayBuffer()));
      },
      tenantUrl(tenant, `/faktury/${encodeURIComponent(invoice.id)}/pdf`),
    );
    const pdf = Buffer.from(answer);
    const text = await pdfText(pdf);
    expect(text).toContain("Twój indywidualny numer rachunku");
    expect(text).toContain(INDIVIDUAL_TEXT);
    expect(text).toContain(`Tytuł przelewu: ${invoice.number}`);
    expect(text).toContain("Zeskanuj w aplikacji banku");
    savePdfPageOnePicture(pdf, `${tenant}-bank-pdf`, 80);
  });
}

test("polo: without an individual account the seller's account shows, labelled, and the QR code pays into it", async ({ page }) => {
  const account = await createAccount("polo");
  const invoice = await createPdfInvoice("polo", account.id);
  await signIn(page, account);
  await page.goto(tenantUrl("polo", "/pulpit"));
  const tile = page.getByTestId("bank-account-tile");
  await expect(tile.getByTestId("transfer-account-label")).toHaveText("Rachunek sprzedawcy — w tytule przelewu podaj numer dokumentu");
  await expect(tile.getByTestId("transfer-account-number")).toHaveText("57 1020 1026 0000 1502 0123 4567");
  await expect(tile).toContainText("Bank Handlowy w Warszawie S.A.");
  await saveScreenshot(page, "polo-bank-landing-seller-1280");

  await page.goto(tenantUrl("polo", `/faktury/${encodeURIComponent(invoice.id)}`));
  const transfer = page.getByTestId("document-transfer");
  await expect(transfer.getByTestId("transfer-account-label")).toHaveText("Rachunek sprzedawcy — w tytule przelewu podaj numer dokumentu");
  await expect(transfer.getByTestId("transfer-qr")).toHaveAttribute(
    "data-payload",
    `5272618716|PL|57102010260000150201234567|123456|Polenergia Obrót|${invoice.number}|||`,
  );

  // "Umowy" is not POLO's first page: the account is on Pulpit only.
  await page.goto(tenantUrl("polo", "/umowy"));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("bank-account-tile")).toHaveCount(0);

  // Once paid in full, the document asks for no transfer.
  await importRecords("polo", [
    { type: "payment", id: `${invoice.id}-P`, customer: account.id, date: "2026-11-02", amount: "1234.56", method: "przelew", invoice: invoice.id },
  ]);
  await page.goto(tenantUrl("polo", `/faktury/${encodeURIComponent(invoice.id)}`));
  await expect(page.getByTestId("document-facts")).toBeVisible();
  await expect(page.getByTestId("document-transfer")).toHaveCount(0);
});

test("mpec: without JavaScript the number is plain selectable text and there is no copy button", async ({ browser }) => {
  const account = await createAccount("mpec");
  await setBankAccount("mpec", account.id, INDIVIDUAL);
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await signIn(page, account);
    await page.goto(tenantUrl("mpec", "/umowy"));
    const number = page.getByTestId("bank-account-tile").getByTestId("transfer-account-number");
    await expect(number).toHaveText(INDIVIDUAL_TEXT);
    expect(await number.evaluate((el) => getComputedStyle(el).userSelect || getComputedStyle(el).webkitUserSelect)).toBe("all");
    await expect(page.getByTestId("copy-account")).toHaveCount(0);
  } finally {
    await context.close();
  }
});
