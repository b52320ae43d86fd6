import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { importRecords, type TenantId } from "./factories";
import { expect, expectNoAxeViolations, expectNothingOverflows, tenantUrl, test, shootAtEveryWidth } from "./fixtures";
import { createAccount, signIn, tenantConfigs } from "./recovery-accounts";
import { pdfText, savePdfPageOnePicture } from "@/tests/helpers/pdf-text";
import { septemberEnergy, septemberKsefNumber, tradeFeeLine } from "@/tests/helpers/sample-invoice";
import { lateInterestNote, readingCorrectionHead, septemberInvoiceHead } from "./factories-documents";

/**
 * An invoice, a correction and an interest note with the details a real energy invoice carries
 * (point, meter, readings, tariff, unit price; reason and Było / Jest / Różnica; the late invoice):
 * the document page shows them at phone and desktop width, and so does the PDF (its text through
 * tests/helpers/pdf-text.ts; page 1 rendered to tests/e2e/screenshots/ for people to look at when
 * pdftoppm is installed).
 */
const tenants: TenantId[] = ["polo", "polsp", "mpec"];

async function pdfTextOf(page: Page, url: string, screenshot: string): Promise<string> {
  const base64 = await page.evaluate(async (href) => {
    const bytes = new Uint8Array(await (await fetch(href)).arrayBuffer());
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, url);
  const pdf = Buffer.from(base64, "base64");
  savePdfPageOnePicture(pdf, screenshot, 70);
  return pdfText(pdf);
}

const shoot = (page: Page, name: string) => shootAtEveryWidth(page, name, expectNothingOverflows);

for (const tenant of tenants) {
  test(`${tenant}: the invoice, its correction and an interest note show the seller, point, readings, unit price, Było / Jest / Różnica and the late invoice`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const account = await createAccount(tenant);
    const suffix = `${Date.now().toString(36)}${randomInt(1e6).toString(36)}`.toUpperCase();
    const [invoiceId, correctionId, noteId] = ["F", "K", "N"].map((k) => `${account.id}-${k}-${suffix}`) as [string, string, string];
    const invoiceNumber = `FV/2026/09/${suffix}`;
    const address = { street: "ul. Licznikowa", building: "7", apartment: "12", postalCode: "00-238", city: "Łódź" };
    const point = `${account.id}-PD`;
    await importRecords(tenant, [
      { type: "point", id: point, contract: `${account.id}-K`, code: `PL0037${suffix}`, kind: "electricity", address, tariff: "G11", meterNumber: "M-OLD" },
      {
        ...septemberInvoiceHead(account.id, invoiceId, invoiceNumber),
        ksefNumber: septemberKsefNumber,
        lines: [
          {
            description: "Energia elektryczna czynna",
            ...septemberEnergy,
            point,
            unitPrice: "0.68182",
            meterNumber: "L-90817263",
            tariff: "G11",
            readingFrom: { date: "2026-08-31", value: "12345.678", source: "actual" },
            readingTo: { date: "2026-09-30", value: "13797.678", source: "estimated" },
          },
          { ...tradeFeeLine, point, unitPrice: "15.61" },
        ],
      },
      {
        ...readingCorrectionHead(account.id, correctionId, `FK/2026/10/${suffix}`, invoiceId),
        net: "-34.09",
        vat: "-7.84",
        gross: "-41.93",
        lines: [
          {
            description: "Korekta: Energia elektryczna czynna",
            quantity: "-50",
            unit: "kWh",
            net: "-34.09",
            vatRate: "23",
            vat: "-7.84",
            gross: "-41.93",
            point,
            unitPrice: "0.68182",
            before: { quantity: "1452", net: "990.00", vat: "227.70", gross: "1217.70" },
          },
        ],
      },
      lateInterestNote(account.id, noteId, `NO/2026/11/${suffix}`, { id: invoiceId, number: invoiceNumber }),
    ]);
    const legal = tenantConfigs[tenant].legal;
    await signIn(page, account);

    await page.goto(tenantUrl(tenant, `/faktury/${encodeURIComponent(invoiceId)}`));
    await expect(page.getByTestId("document-seller")).toContainText(`NIP ${legal.nip}`);
    await expect(page.getByTestId("document-seller")).toContainText(`KRS ${legal.krs}`);
    const meters = page.getByTestId("document-meters");
    await expect(meters).toContainText(`Punkt poboru PL0037${suffix}`);
    await expect(meters).toContainText("ul. Licznikowa 7/12, 00-238 Łódź");
    await expect(meters).toContainText("L-90817263");
    await expect(meters).toContainText("31.08.2026: 12\u00a0345,678 kWh (odczyt rzeczywisty)");
    await expect(meters).toContainText("30.09.2026: 13\u00a0797,678 kWh (odczyt szacowany)");
    await expect(meters).toContainText("1\u00a0452 kWh");
    await expect(page.getByTestId("document-lines")).toContainText("0,68182");
    await expect(page.getByTestId("document-vat-summary")).toContainText("Razem");
    await expect(page.getByTestId("document-facts")).toContainText("tysiąc dwieście trzydzieści cztery złote 56/100");
    await expectNoAxeViolations(page);
    await shoot(page, `${tenant}-faktura-szczegoly`);
    const invoiceText = await pdfTextOf(page, tenantUrl(tenant, `/faktury/${encodeURIComponent(invoiceId)}/pdf`), `${tenant}-faktura-szczegoly-pdf`);
    for (const expected of [`NIP ${legal.nip}`, `PL0037${suffix}`, "12 345,678 kWh", "13 797,678 kWh", "odczyt szacowany", "0,68182"])
      expect(invoiceText).toContain(expected);

    await page.goto(tenantUrl(tenant, `/faktury/${encodeURIComponent(correctionId)}`));
    await expect(page.getByTestId("correction-reason")).toContainText("Zmiana odczytu szacowanego na rzeczywisty");
    const rows = page.getByTestId("correction-lines");
    await expect(rows).toContainText(/Było\s*1\u00a0452 kWh\s*990,00\u00a0zł/);
    await expect(rows).toContainText(/Jest\s*1\u00a0402 kWh\s*955,91\u00a0zł/);
    await expect(rows).toContainText(/Różnica\s*−50 kWh\s*−34,09\u00a0zł/);
    await expectNoAxeViolations(page);
    await shoot(page, `${tenant}-korekta-szczegoly`);
    const correctionText = await pdfTextOf(page, tenantUrl(tenant, `/faktury/${encodeURIComponent(correctionId)}/pdf`), `${tenant}-korekta-szczegoly-pdf`);
    expect(correctionText).toContain("Przyczyna korekty: Zmiana odczytu szacowanego na rzeczywisty");
    expect(correctionText).toMatch(/Było\s+1 452\s+kWh\s+990,00/);
    expect(correctionText).toMatch(/Jest\s+1 402\s+kWh\s+955,91/);

    await page.goto(tenantUrl(tenant, `/faktury/${encodeURIComponent(noteId)}`));
    const facts = page.getByTestId("document-facts");
    await expect(facts.getByRole("link", { name: invoiceNumber })).toHaveAttribute("href", `/faktury/${encodeURIComponent(invoiceId)}`);
    await expect(facts).toContainText("Dni opóźnienia23");
    await expect(facts).toContainText("11,25% w skali roku");
    await expectNoAxeViolations(page);
    await shoot(page, `${tenant}-nota-szczegoly`);
    const noteText = await pdfTextOf(page, tenantUrl(tenant, `/faktury/${encodeURIComponent(noteId)}/pdf`), `${tenant}-nota-szczegoly-pdf`);
    expect(noteText).toContain(invoiceNumber);
    expect(noteText).toContain("11,25% w skali roku");
  });
}
