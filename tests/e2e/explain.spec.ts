import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { importRecords, type TenantId } from "./factories";
import { lateInterestNote, readingCorrectionHead, septemberInvoiceHead } from "./factories-documents";
import { expect, expectNoAxeViolations, expectNothingOverflows, saveScreenshot, shootAtEveryWidth, tenantUrl, test } from "./fixtures";
import { createAccount, signIn } from "./recovery-accounts";
import { expectZoomedPageAccessible, zoom200 } from "./zoom";

/**
 * "Skąd ta kwota?" on the document page (docs/portal.md §15): an invoice with readings and last
 * year's consumption, a correction after an actual reading, and an interest note, each explained
 * word for word; the correction photographed at 390 and 1280 px per tenant, and checked at 200 % zoom.
 */
const tenants: { id: TenantId; unit: string }[] = [
  { id: "polo", unit: "kWh" },
  { id: "polsp", unit: "kWh" },
  { id: "mpec", unit: "GJ" },
];

const explanation = (page: Page) => page.getByTestId("document-explanation").locator("p").allTextContents();
// Non-breaking spaces as the page writes them: between thousands, and between a number and its unit or noun.
const nb = (text: string) => text.replace(/(?<=\d) (?=\d{3}\b)|(?<=\d) (?=zł|kWh|GJ|dni|pozycje)/g, "\u00a0");

for (const { id: tenant, unit } of tenants) {
  test(`${tenant}: the invoice, the correction and the interest note say where their amount comes from`, async ({ page }) => {
    test.setTimeout(120_000);
    const account = await createAccount(tenant);
    const suffix = `${Date.now().toString(36)}${randomInt(1e6).toString(36)}`.toUpperCase();
    const [invoiceId, correctionId, noteId] = ["F", "K", "N"].map((k) => `${account.id}-${k}-${suffix}`) as [string, string, string];
    const number = `FV/2026/09/${suffix}`;
    const point = `${account.id}-PD`;
    const code = `PL0037${suffix}`;
    const address = { street: "ul. Licznikowa", building: "7", apartment: "12", postalCode: "00-238", city: "Łódź" };
    const energy = { description: "Energia", unit, vatRate: "23", point };
    await importRecords(tenant, [
      { type: "point", id: point, contract: `${account.id}-K`, code, kind: unit === "GJ" ? "heat" : "electricity", address, meterNumber: "M-7" },
      { type: "consumption", point, periodFrom: "2026-09-01", periodTo: "2026-09-30", quantity: "1452", unit },
      { type: "consumption", point, periodFrom: "2025-09-01", periodTo: "2025-09-30", quantity: "1300", unit },
      {
        ...septemberInvoiceHead(account.id, invoiceId, number),
        lines: [
          {
            ...energy,
            quantity: "1452",
            net: "990.00",
            vat: "227.70",
            gross: "1217.70",
            meterNumber: "M-7",
            readingFrom: { date: "2026-08-31", value: "12345.678", source: "actual" },
            readingTo: { date: "2026-09-30", value: "13797.678", source: "estimated" },
          },
          { description: "Opłata handlowa", quantity: "1", unit: "mies.", net: "15.61", vatRate: "8", vat: "1.25", gross: "16.86", point },
        ],
      },
      {
        ...readingCorrectionHead(account.id, correctionId, `FK/2026/10/${suffix}`, invoiceId),
        net: "-81.82",
        vat: "-18.82",
        gross: "-100.64",
        lines: [
          {
            ...energy,
            description: "Korekta: Energia",
            quantity: "-120",
            net: "-81.82",
            vat: "-18.82",
            gross: "-100.64",
            readingTo: { date: "2026-09-30", value: "13677.678", source: "actual" },
            before: { quantity: "1452", net: "990.00", vat: "227.70", gross: "1217.70" },
          },
        ],
      },
      lateInterestNote(account.id, noteId, `NO/2026/11/${suffix}`, { id: invoiceId, number }),
    ]);
    const place = `${code} (ul. Licznikowa 7/12, 00-238 Łódź)`;
    await signIn(page, account);

    await page.goto(tenantUrl(tenant, `/faktury/${encodeURIComponent(invoiceId)}`));
    await expect(page.getByRole("heading", { level: 2, name: "Skąd ta kwota?" })).toBeVisible();
    // The last paragraph (pay by / overdue) depends on the day the suite runs; the unit tests fix it word for word.
    expect((await explanation(page)).slice(0, -1)).toEqual(
      [
        `Faktura rozlicza okres od 01.09.2026 do 30.09.2026 (30 dni) dla punktu poboru ${place}.`,
        `Zużycie 1 452 ${unit} to różnica między odczytem licznika M-7 z 30.09.2026 (13 797,678 ${unit}, odczyt szacowany) a odczytem z 31.08.2026 (12 345,678 ${unit}, odczyt rzeczywisty).`,
        "Odczyt szacowany zostanie rozliczony po odczycie rzeczywistym.",
        `Zużycie w tym okresie: 1 452 ${unit} — o 152 ${unit} (11,7%) więcej niż w tym samym okresie rok wcześniej (1 300 ${unit}).`,
        `Kwota 1 234,56 zł brutto obejmuje 2 pozycje: Energia (1 452 ${unit}) — 1 217,70 zł; Opłata handlowa — 16,86 zł.`,
      ].map(nb),
    );

    await page.goto(tenantUrl(tenant, `/faktury/${encodeURIComponent(noteId)}`));
    expect((await explanation(page)).slice(0, -1)).toEqual(
      [
        `Nota nalicza odsetki za opóźnienie w zapłacie faktury ${number} (termin płatności 19.10.2026): 23 dni opóźnienia, stopa 11,25% w skali roku.`,
        "Obliczenie: 1 234,56 zł × 11,25% × 23 dni ÷ 365 dni = 8,75 zł.",
      ].map(nb),
    );

    await page.goto(tenantUrl(tenant, `/faktury/${encodeURIComponent(correctionId)}`));
    expect(await explanation(page)).toEqual(
      [
        `Ta faktura korygująca zmienia fakturę ${number} dla punktu poboru ${place}.`,
        "Przyczyna korekty: Zmiana odczytu szacowanego na rzeczywisty.",
        `Korekta: Energia: zużycie zmniejszone o 120 ${unit} (z 1 452 ${unit} na 1 332 ${unit}) po odczycie rzeczywistym z 30.09.2026, kwota brutto zmniejszona o 100,64 zł (z 1 217,70 zł na 1 117,06 zł).`,
        `Razem korekta zmniejsza kwotę faktury ${number} o 100,64 zł brutto.`,
        `Tej korekty nie płacisz — zmniejsza ona fakturę ${number}, za którą zostało do zapłaty 1 133,92 zł (termin płatności 19.10.2026).`,
      ].map(nb),
    );
    await expectNoAxeViolations(page);
    await shootAtEveryWidth(page, `${tenant}-korekta-skad-ta-kwota`, expectNothingOverflows);

    // 200 % zoom of a 1280 px screen: the same layout as a 640 px viewport (tests/e2e/zoom.ts); this
    // page keeps device scale factor 1, which changes only the sharpness of the screenshot.
    await page.setViewportSize(zoom200.viewport);
    await page.reload();
    await expectZoomedPageAccessible(page);
    await saveScreenshot(page, `${tenant}-korekta-skad-ta-kwota-zoom200`);
  });
}
