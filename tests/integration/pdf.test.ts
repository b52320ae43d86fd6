import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbKind } from "@/tests/helpers/db";
import type { DbHandle } from "@/db/client";
import { requireTenantById } from "@/lib/tenant/registry";
import { importJsonLines } from "@/lib/import/import-json-lines";
import { loadInvoicePdfData } from "@/lib/pdf/invoice-data";
import { pdfContentDisposition, renderInvoicePdf } from "@/lib/pdf/render";
import { pdfTransfer } from "@/lib/pdf/transfer";
import { PaymentBox } from "@/lib/pdf/parts/payment-box";
import { pdfStyles } from "@/lib/pdf/styles";
import { qrModel, transferQrPayload } from "@/lib/payments/transfer";
import { Children, isValidElement, type ReactElement, type ReactNode } from "react";
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
      "Rachunek sprzedawcy — w tytule przelewu podaj numer dokumentu",
      "57 1020 1026 0000 1502 0123 4567 (Bank Handlowy w Warszawie S.A.)",
      "Tytuł przelewu: FV/2026/09/PDF1",
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

  it("prints the customer's individual account and draws the transfer QR code from the payload of the document", async () => {
    const own = pdfWorld("PDF3");
    const records = own.records.map((r) => (r.type === "customer" && r.id === own.customerId ? { ...r, bankAccount: "61 1090 1014 0000 0712 1981 2874" } : r));
    expect(await importJsonLines(handle.db, polo(), [jsonl(...records)])).toMatchObject({ status: "applied" });
    const data = (await loadInvoicePdfData(handle.db, "polo", own.customerId, own.invoiceId))!;
    const payload = "5272618716|PL|61109010140000071219812874|123456|Polenergia Obrót|FV/2026/09/PDF3|||";
    expect(transferQrPayload({ nip: "5272618716", nrb: "61109010140000071219812874", amount: 123456, name: "Polenergia Obrót", title: "FV/2026/09/PDF3" })).toBe(payload);
    const transfer = pdfTransfer(polo(), data)!;
    expect(transfer.account).toEqual({ nrb: "61109010140000071219812874", individual: true });
    expect(transfer.qr).toEqual(qrModel(payload));

    // The payment box draws exactly that model: a Path with its d, in a viewBox of its size.
    const box = PaymentBox({ tenant: polo(), data, s: pdfStyles(polo().brand) });
    const svg = findElement(box, (el) => typeof (el.props as { viewBox?: unknown }).viewBox === "string");
    expect((svg?.props as { viewBox: string }).viewBox).toBe(`0 0 ${transfer.qr!.size} ${transfer.qr!.size}`);
    const path = findElement(box, (el) => typeof (el.props as { d?: unknown }).d === "string");
    expect((path?.props as { d: string }).d).toBe(qrModel(payload).path);

    const text = pdfText(await renderInvoicePdf(polo(), data));
    expect(text).toContain("Twój indywidualny numer rachunku");
    expect(text).toContain("61 1090 1014 0000 0712 1981 2874");
    expect(text).not.toContain("57 1020 1026 0000 1502 0123 4567");
    expect(text).toContain("Zeskanuj w aplikacji banku");
  });

  it("prints no account and no code on a correction to refund", async () => {
    const data = (await loadInvoicePdfData(handle.db, "polo", world.customerId, world.correctionId))!;
    expect(pdfTransfer(polo(), data)).toBeNull();
    const text = pdfText(await renderInvoicePdf(polo(), data));
    expect(text).not.toContain("Rachunek sprzedawcy");
    expect(text).not.toContain("Zeskanuj w aplikacji banku");
  });

  it("S13/S14: finds no invoice of another customer or of another seller", async () => {
    expect(await loadInvoicePdfData(handle.db, "polo", "PDF1-B", world.invoiceId)).toBeNull();
    expect(await loadInvoicePdfData(handle.db, "polsp", world.customerId, world.invoiceId)).toBeNull();
  });

  it("names the download after the number, ASCII-safe with a UTF-8 variant", () => {
    expect(pdfContentDisposition("FV/2026/Łódź/1")).toBe(`attachment; filename="FV_2026_Lodz_1.pdf"; filename*=UTF-8''FV_2026_%C5%81%C3%B3d%C5%BA_1.pdf`);
  });
});

function findElement(node: ReactNode, match: (el: ReactElement) => boolean): ReactElement | null {
  let found: ReactElement | null = null;
  Children.forEach(node, (child) => {
    if (found || !isValidElement(child)) return;
    if (match(child)) found = child;
    else found = findElement((child.props as { children?: ReactNode }).children, match);
  });
  return found;
}
