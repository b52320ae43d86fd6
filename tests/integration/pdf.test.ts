import { beforeAll, describe, expect, it } from "vitest";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { requireTenantById } from "@/lib/tenant/registry";
import { importJsonLines } from "@/lib/import/import-json-lines";
import { loadInvoicePdfData } from "@/lib/pdf/invoice-data";
import { documentDetail } from "@/lib/billing/detail";
import { correctionRows, meterRows } from "@/lib/billing/invoice-details";
import { pdfContentDisposition, pdfPageCount, renderInvoicePdf } from "@/lib/pdf/render";
import { pdfTransfer } from "@/lib/pdf/transfer";
import { PaymentBox } from "@/lib/pdf/parts/payment-box";
import { pdfStyles } from "@/lib/pdf/styles";
import { qrModel, transferQrPayload } from "@/lib/payments/transfer";
import { Children, isValidElement, type ReactElement, type ReactNode } from "react";
import { jsonl } from "./import-helpers";
import { pdfText, pdfWorld } from "./pdf-world";
import { customerScope } from "../helpers/scope";

const handle = setupTestDb();
const world = pdfWorld("PDF1");
const polo = () => requireTenantById("polo");

beforeAll(async () => {
  for (const tenant of ["polo", "mpec"]) {
    const result = await importJsonLines(handle.db, requireTenantById(tenant), [jsonl(...world.records)]);
    expect(result).toMatchObject({ status: "applied" });
  }
});

async function render(tenantId: string, invoiceId: string): Promise<string> {
  const data = await loadInvoicePdfData(customerScope(handle.db, tenantId, world.customerId), invoiceId);
  expect(data).not.toBeNull();
  const pdf = await renderInvoicePdf(requireTenantById(tenantId), data!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  return await pdfText(pdf);
}

describe(`invoice PDF (${testDbKind})`, () => {
  it("prints Polish letters, the number, parties, lines, VAT summary, amount in words and the consumption comparison", async () => {
    const text = await render("polo", world.invoiceId);
    for (const expected of [
      "Faktura VAT",
      "FV/2026/09/PDF1",
      "Polenergia Obrót S.A.",
      "NIP 5272618716",
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

  it("heads the invoice with the seller's legal name, address, NIP, KRS and customer service, not the portal's name", async () => {
    const text = await render("polo", world.invoiceId);
    const top = text.slice(0, text.indexOf("Data wystawienia"));
    for (const expected of [
      "Polenergia Obrót S.A.",
      "ul. Krucza 24/26, 00-526 Warszawa",
      "NIP 5272618716",
      "KRS 0000112233",
      "tel. +48 718 898 888",
      "cok@polenergia.pl",
    ]) {
      expect(top).toContain(expected);
    }
    expect(text).not.toContain("mojBOK");
    expect(text).toContain("Nabywca i płatnik");
  });

  it("prints the point of delivery, meter, tariff, both readings with their source, the use and the unit price with its decimals", async () => {
    const text = await render("polo", world.invoiceId);
    for (const expected of ["Punkt poboru i odczyty", "PPE-PDF1", "ul. Licznikowa 12/3, 00-238 Łódź", "L-PDF1-7", "G11", "1 452 kWh", "1 452 kWh"]) {
      expect(text).toContain(expected);
    }
    // Each reading: its value, date and source, one under the other.
    expect(text).toMatch(/12 345,678 kWh\s+13 797,678 kWh\s+1 452 kWh\s+[^\n]*31\.08\.2026\s+30\.09\.2026\s+odczyt rzeczywisty\s+odczyt szacowany/);
    expect(text).toMatch(/Sprzedaż energii elektrycznej czynnej\s+1 452\s+kWh\s+0,68182\s+990,00/);
  });

  it("a correction states its reason and, per line, Było / Jest / Różnica", async () => {
    const text = await render("polo", world.correctionId);
    expect(text).toContain("Przyczyna korekty: Opłata handlowa naliczona mimo rezygnacji z e-faktury papierowej");
    expect(text).toMatch(/Było\s+1\s+mies\.\s+15,61\s+1,25\s+16,86/);
    expect(text).toMatch(/Jest\s+0\s+mies\.\s+0,00\s+0,00\s+0,00/);
    expect(text).toMatch(/Różnica\s+−1\s+mies\.\s+−15,61\s+−1,25\s+−16,86/);
  });

  it("an interest note names the late invoice by its number, the days late and the rate", async () => {
    const text = await render("polo", world.noteId);
    expect(text).toMatch(/Faktura po terminie[\s\S]*FV\/2026\/09\/PDF1/);
    expect(text).toMatch(/Dni opóźnienia[\s\S]*23/);
    expect(text).toContain("11,25% w skali roku");
  });

  it("names the buyer and the payer when someone else pays the contract", async () => {
    await importJsonLines(handle.db, polo(), [
      jsonl(
        { type: "contract", id: "PDF1-U2", customer: world.customerId, payer: "PDF1-B", number: "UE/PDF1/2", status: "active" },
        {
          type: "invoice",
          id: "PDF1-F2",
          customer: "PDF1-B",
          contract: "PDF1-U2",
          number: "FV/2026/09/PDF1-2",
          kind: "invoice",
          issueDate: "2026-10-05",
          dueDate: "2026-10-19",
          net: "10.00",
          vat: "2.30",
          gross: "12.30",
          lines: [],
        },
      ),
    ]);
    const data = await loadInvoicePdfData(customerScope(handle.db, "polo", "PDF1-B"), "PDF1-F2");
    const text = await pdfText(await renderInvoicePdf(polo(), data!));
    expect(text).toMatch(/Nabywca\s+Płatnik/);
    expect(text).toMatch(/Zażółć Gęślą-Jaźń\s+Piekarnia Złoty Kłos Sp\. z o\.o\./);
    expect(text).toContain("NIP: 1234563218");
  });

  it("S13: a late invoice or a point of another customer is not printed", async () => {
    const other = pdfWorld("PDF3");
    await importJsonLines(handle.db, polo(), [jsonl(...other.records)]);
    await importJsonLines(handle.db, polo(), [
      jsonl({
        type: "invoice",
        id: "PDF1-N2",
        customer: world.customerId,
        number: "NO/2026/11/PDF1-2",
        kind: "interest_note",
        issueDate: "2026-11-02",
        dueDate: "2026-11-16",
        interest: { invoice: other.invoiceId, daysLate: 5, ratePercent: "11.25" },
        net: "1.00",
        vat: "0.00",
        gross: "1.00",
        lines: [{ description: "Odsetki", quantity: "1", unit: "szt.", net: "1.00", vatRate: "zw", vat: "0.00", gross: "1.00", point: "PDF3-P" }],
      }),
    ]);
    const data = await loadInvoicePdfData(customerScope(handle.db, "polo", world.customerId), "PDF1-N2");
    expect(data!.interestInvoice).toBeNull();
    expect(data!.points.size).toBe(0);
    const text = await pdfText(await renderInvoicePdf(polo(), data!));
    expect(text).not.toContain("FV/2026/09/PDF3");
    expect(text).not.toContain("PPE-PDF3");
  });

  it("prints another seller's legal data for the same records", async () => {
    const text = await render("mpec", world.invoiceId);
    expect(text).toContain("Miejskie Przedsiębiorstwo Energetyki Cieplnej Sp. z o.o.");
    expect(text).toContain("KRS 0000334455");
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

  it('says "brak danych" when there is no consumption a year earlier', async () => {
    const other = pdfWorld("PDF2");
    await importJsonLines(handle.db, polo(), [jsonl(...other.records.filter((r) => !(r.type === "consumption" && r.periodFrom?.startsWith("2025"))))]);
    const data = await loadInvoicePdfData(customerScope(handle.db, "polo", other.customerId), other.invoiceId);
    const text = await pdfText(await renderInvoicePdf(polo(), data!));
    expect(text).toContain("w analogicznym okresie ubiegłego roku: brak danych");
  });

  it("numbers the pages of a document longer than one page: Strona 1 z N … Strona N z N", async () => {
    const lines = Array.from({ length: 70 }, (_, i) => ({
      description: `Opłata nr ${i + 1}`,
      quantity: "1",
      unit: "szt.",
      net: "1.00",
      vatRate: "23",
      vat: "0.23",
      gross: "1.23",
    }));
    const long = {
      type: "invoice",
      id: "PDF1-L1",
      customer: world.customerId,
      number: "FV/2026/10/PDF1-L",
      kind: "invoice",
      issueDate: "2026-10-06",
      dueDate: "2026-10-20",
      net: "70.00",
      vat: "16.10",
      gross: "86.10",
      lines,
    };
    expect(await importJsonLines(handle.db, polo(), [jsonl(long)])).toMatchObject({ status: "applied" });
    const pdf = await renderInvoicePdf(polo(), (await loadInvoicePdfData({ db: handle.db, tenant: polo(), customerId: world.customerId }, "PDF1-L1"))!);
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    const text = await pdfText(pdf);
    for (let n = 1; n <= pages; n++) expect(text).toContain(`Strona ${n} z ${pages}`);
    expect(text).not.toContain("Strona 1 z 1");
    expect(text).toContain("Opłata nr 70");
  });

  it("prints the customer's individual account and draws the transfer QR code from the payload of the document", async () => {
    const own = pdfWorld("PDF3");
    const records = own.records.map((r) => (r.type === "customer" && r.id === own.customerId ? { ...r, bankAccount: "61 1090 1014 0000 0712 1981 2874" } : r));
    expect(await importJsonLines(handle.db, polo(), [jsonl(...records)])).toMatchObject({ status: "applied" });
    const data = (await loadInvoicePdfData(customerScope(handle.db, "polo", own.customerId), own.invoiceId))!;
    const payload = "5272618716|PL|61109010140000071219812874|123456|Polenergia Obrót|FV/2026/09/PDF3|||";
    expect(
      transferQrPayload({ nip: "5272618716", nrb: "61109010140000071219812874", amount: 123456, name: "Polenergia Obrót", title: "FV/2026/09/PDF3" }),
    ).toBe(payload);
    const transfer = pdfTransfer(polo(), data)!;
    expect(transfer.account).toEqual({ nrb: "61109010140000071219812874", individual: true });
    expect(transfer.qr).toEqual(qrModel(payload));

    // The payment box draws exactly that model: a Path with its d, in a viewBox of its size.
    const box = PaymentBox({ tenant: polo(), data, s: pdfStyles(polo().brand) });
    const svg = findElement(box, (el) => typeof (el.props as { viewBox?: unknown }).viewBox === "string");
    expect((svg?.props as { viewBox: string }).viewBox).toBe(`0 0 ${transfer.qr!.size} ${transfer.qr!.size}`);
    const path = findElement(box, (el) => typeof (el.props as { d?: unknown }).d === "string");
    expect((path?.props as { d: string }).d).toBe(qrModel(payload).path);

    const text = await pdfText(await renderInvoicePdf(polo(), data));
    expect(text).toContain("Twój indywidualny numer rachunku");
    expect(text).toContain("61 1090 1014 0000 0712 1981 2874");
    expect(text).not.toContain("57 1020 1026 0000 1502 0123 4567");
    expect(text).toContain("Zeskanuj w aplikacji banku");
  });

  it("prints no account and no code on a correction to refund", async () => {
    const data = (await loadInvoicePdfData(customerScope(handle.db, "polo", world.customerId), world.correctionId))!;
    expect(pdfTransfer(polo(), data)).toBeNull();
    const text = await pdfText(await renderInvoicePdf(polo(), data));
    expect(text).not.toContain("Rachunek sprzedawcy");
    expect(text).not.toContain("Zeskanuj w aplikacji banku");
  });

  it("S13/S14: finds no invoice of another customer or of another seller", async () => {
    expect(await loadInvoicePdfData(customerScope(handle.db, "polo", "PDF1-B"), world.invoiceId)).toBeNull();
    expect(await loadInvoicePdfData(customerScope(handle.db, "polsp", world.customerId), world.invoiceId)).toBeNull();
  });

  it("names the download after the number, ASCII-safe with a UTF-8 variant", () => {
    expect(pdfContentDisposition("FV/2026/Łódź/1")).toBe(`attachment; filename="FV_2026_Lodz_1.pdf"; filename*=UTF-8''FV_2026_%C5%81%C3%B3d%C5%BA_1.pdf`);
  });

  it("the document page's data carries the same: point, meter, readings, unit price, correction and late invoice", async () => {
    const invoice = (await documentDetail(customerScope(handle.db, "polo", world.customerId), world.invoiceId, "2026-11-21"))!;
    expect(invoice.payer.name).toBe("Zażółć Gęślą-Jaźń");
    expect(invoice.buyer).toBeNull();
    expect(invoice.lines[0]).toMatchObject({ unitPrice: "0.68182", tariff: "G11", meterNumber: "L-PDF1-7" });
    expect(meterRows(invoice.lines, invoice.points)[0]).toMatchObject({
      pointCode: "PPE-PDF1",
      pointAddress: expect.objectContaining({ street: "ul. Licznikowa" }),
      meterNumber: "L-PDF1-7",
      readingFrom: { date: "2026-08-31", value: "12345.678", source: "actual" },
      readingTo: { date: "2026-09-30", value: "13797.678", source: "estimated" },
      usage: "1452",
    });
    const correction = (await documentDetail(customerScope(handle.db, "polo", world.customerId), world.correctionId, "2026-11-21"))!;
    expect(correction.correctionReason).toBe("Opłata handlowa naliczona mimo rezygnacji z e-faktury papierowej");
    expect(correctionRows(correction.lines[0]!, correction.lines[0]!.before!).map((r) => [r.label, r.quantity, r.gross])).toEqual([
      ["Było", "1", 1686],
      ["Jest", "0", 0],
      ["Różnica", "-1", -1686],
    ]);
    const note = (await documentDetail(customerScope(handle.db, "polo", world.customerId), world.noteId, "2026-11-21"))!;
    expect(note).toMatchObject({ interestInvoice: { id: world.invoiceId, number: "FV/2026/09/PDF1" }, interestDaysLate: 23, interestRatePercent: "11.25" });
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
