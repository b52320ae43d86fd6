import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbKind } from "@/tests/helpers/db";
import type { DbHandle } from "@/db/client";
import { requireTenantById } from "@/lib/tenant/registry";
import { importJsonLines } from "@/lib/import/import-json-lines";
import { loadInvoicePdfData } from "@/lib/pdf/invoice-data";
import { pdfContentDisposition, renderInvoicePdf } from "@/lib/pdf/render";
import { jsonl } from "./import-helpers";
import { pdfText, pdfWorld } from "./pdf-world";

let handle: DbHandle;
const world = pdfWorld("PDF1");
const polo = () => requireTenantById("polo");

beforeAll(async () => {
  handle = await createTestDb();
  for (const tenant of ["polo", "mpec"]) {
    const result = await importJsonLines(handle.db, requireTenantById(tenant), [jsonl(...world.records)]);
    expect(result).toMatchObject({ status: "applied" });
  }
});
afterAll(async () => handle.close());

async function render(tenantId: string, invoiceId: string): Promise<string> {
  const data = await loadInvoicePdfData(handle.db, tenantId, world.customerId, invoiceId);
  expect(data).not.toBeNull();
  const pdf = await renderInvoicePdf(requireTenantById(tenantId), data!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  return pdfText(pdf);
}

describe(`invoice PDF (${testDbKind})`, () => {
  it("prints Polish letters, the number, parties, lines, VAT summary, amount in words and the consumption comparison", async () => {
    const text = await render("polo", world.invoiceId);
    for (const expected of [
      "mojBOK POLO",
      "Faktura VAT",
      "FV/2026/09/PDF1",
      "Polenergia Obrót S.A.",
      "NIP: 5272618716",
      "Zażółć Gęślą-Jaźń",
      "ul. Źródlana 12/3",
      "00-238 Łódź",
      "Numer klienta: PDF1-NR",
      "Sprzedaż energii elektrycznej czynnej",
      "01.09.2026 – 30.09.2026",
      "19.10.2026",
      "5272618716-20261005-ABCDEF-12",
      "Podsumowanie VAT",
      "Razem",
      "1 234,56 zł",
      "słownie: tysiąc dwieście trzydzieści cztery złote 56/100",
      "PL57 1020 1026 0000 1502 0123 4567",
      "Zużycie w okresie rozliczeniowym: 1 452 kWh; w analogicznym okresie ubiegłego roku: 1 500 kWh (−3,2%)",
      "Strona 1 z 1",
    ]) {
      expect(text).toContain(expected);
    }
    // The VAT summary has a row per rate with its own totals.
    expect(text).toMatch(/23%\s+990,00 zł\s+227,70 zł\s+1 217,70 zł/);
    expect(text).toMatch(/8%\s+15,61 zł\s+1,25 zł\s+16,86 zł/);
    expect(text).toMatch(/Razem\s+1 005,61 zł\s+228,95 zł\s+1 234,56 zł/);
    // An individual's PESEL is not printed.
    expect(text).not.toContain("44051401359");
  });

  it("prints another seller's branding and legal data for the same records", async () => {
    const text = await render("mpec", world.invoiceId);
    expect(text).toContain("eBOK");
    expect(text).toContain("Miejskie Przedsiębiorstwo Energetyki Cieplnej Sp. z o.o.");
    expect(text).not.toContain("Polenergia");
  });

  it("renders a correction with the corrected invoice's number, as an amount to refund", async () => {
    const text = await render("polo", world.correctionId);
    expect(text).toContain("Faktura korygująca");
    expect(text).toContain("Faktura korygowana");
    expect(text).toContain("FV/2026/09/PDF1");
    expect(text).toContain("Do zwrotu");
    expect(text).toContain("słownie: szesnaście złotych 86/100");
  });

  it("renders an interest note, without a consumption section", async () => {
    const text = await render("polo", world.noteId);
    expect(text).toContain("Nota odsetkowa");
    expect(text).toContain("12,34 zł");
    expect(text).toContain("zw");
    expect(text).not.toContain("Zużycie");
  });

  it("says \"brak danych\" when there is no consumption a year earlier", async () => {
    const other = pdfWorld("PDF2");
    await importJsonLines(handle.db, polo(), [jsonl(...other.records.filter((r) => !(r.type === "consumption" && r.periodFrom?.startsWith("2025"))))]);
    const data = await loadInvoicePdfData(handle.db, "polo", other.customerId, other.invoiceId);
    const text = pdfText(await renderInvoicePdf(polo(), data!));
    expect(text).toContain("w analogicznym okresie ubiegłego roku: brak danych");
  });

  it("S13/S14: finds no invoice of another customer or of another seller", async () => {
    expect(await loadInvoicePdfData(handle.db, "polo", "PDF1-B", world.invoiceId)).toBeNull();
    expect(await loadInvoicePdfData(handle.db, "polsp", world.customerId, world.invoiceId)).toBeNull();
  });

  it("names the download after the number, ASCII-safe with a UTF-8 variant", () => {
    expect(pdfContentDisposition("FV/2026/Łódź/1")).toBe(`attachment; filename="FV_2026_Lodz_1.pdf"; filename*=UTF-8''FV_2026_%C5%81%C3%B3d%C5%BA_1.pdf`);
  });
});
