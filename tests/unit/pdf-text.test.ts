import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createElement, type ReactElement } from "react";
import { Document, Page, Text, renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import { describe, expect, it } from "vitest";
import { registerPdfFonts } from "@/lib/pdf/fonts";
import type { InvoicePdfData } from "@/lib/pdf/invoice-data";
import { VatSummaryTable } from "@/lib/pdf/parts/vat-summary-table";
import { pdfStyles } from "@/lib/pdf/styles";
import { requireTenantById } from "@/lib/tenant/registry";
import { pdfText } from "@/tests/helpers/pdf-text";

/**
 * Two pages drawn by the invoice PDF's own renderer, fonts and styles: the "Podsumowanie VAT" table
 * (four right-aligned columns, amounts with non-breaking spaces) on page 1, one sentence on page 2.
 */
async function twoPagePdf(): Promise<Buffer> {
  registerPdfFonts();
  const s = pdfStyles(requireTenantById("polo").brand);
  const lines = [
    { vatRate: "23", net: 99000, vat: 22770, gross: 121770 },
    { vatRate: "8", net: 1561, vat: 125, gross: 1686 },
  ];
  // The table reads only the lines of the document it summarises.
  const data = { lines } as unknown as InvoicePdfData;
  const document = createElement(
    Document,
    null,
    createElement(Page, { size: "A4", style: s.page }, createElement(VatSummaryTable, { data, s })),
    createElement(Page, { size: "A4", style: s.page }, createElement(Text, null, "Zażółć gęślą jaźń — strona druga")),
  );
  return renderToBuffer(document as unknown as ReactElement<DocumentProps>);
}

describe("pdfText", () => {
  it("reads a table row as one line, its cells apart, non-breaking spaces as spaces, the pages in order", async () => {
    const pdf = await twoPagePdf();
    const text = await pdfText(pdf);
    expect(text).toMatch(/^Podsumowanie VAT$/m);
    expect(text).toMatch(/^Stawka VAT Netto VAT Brutto$/m);
    expect(text).toMatch(/^23% 990,00 zł 227,70 zł 1 217,70 zł$/m);
    expect(text).toMatch(/^8% 15,61 zł 1,25 zł 16,86 zł$/m);
    expect(text).toMatch(/^Razem 1 005,61 zł 228,95 zł 1 234,56 zł$/m);
    expect(text).not.toContain("\u00a0");
    expect(text.indexOf("Razem")).toBeLessThan(text.indexOf("Zażółć gęślą jaźń — strona druga"));
    // The caller's bytes stay usable (pdf.js takes over the array it is given).
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("reads a PDF file the same as its bytes", async () => {
    const pdf = await twoPagePdf();
    const file = path.join(mkdtempSync(path.join(tmpdir(), "mojbok-pdf-text-")), "two-pages.pdf");
    writeFileSync(file, pdf);
    expect(await pdfText(file)).toBe(await pdfText(pdf));
  });
});
