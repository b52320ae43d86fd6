import { createElement, type ReactElement } from "react";
import { Document, Page, Text, renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { loadInvoicePdfData } from "@/lib/pdf/invoice-data";
import { renderInvoicePdf } from "@/lib/pdf/render";
import { currentInvoicePdf } from "@/lib/pdf/input-hash";
import { invoicePdfDownload } from "@/lib/pdf/download";
import { PDF_FONT, registerPdfFonts } from "@/lib/pdf/fonts";
import type { Tenant } from "@/lib/tenant/schema";
import { median } from "./lib/stats";

async function timed<T>(times: number, warmUp: number, fn: () => Promise<T>, check: (result: T) => void = () => {}): Promise<number> {
  for (let i = 0; i < warmUp; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const result = await fn();
    ms.push(performance.now() - started);
    check(result);
  }
  return median(ms);
}

const isPdf = (pdf: Buffer | null) => {
  if (pdf?.subarray(0, 5).toString() !== "%PDF-") throw new Error("not a PDF");
};

export type PdfTimes = {
  invoiceMs: number;
  minimalMs: number;
  helveticaMs: number;
  invoice: string;
  /** loadInvoicePdfData: the queries of a miss (no current PDF stored), before the render. */
  loadMs: number;
  /** currentInvoicePdf without the bytes: the one query that finds the invoice and hashes its inputs in the database. */
  hashMs: number;
  /** A download of the stored PDF without HTTP: the same query, reading the stored bytes too. */
  storedMs: number;
};

/**
 * Median render time of one imported invoice (lib/pdf, the data loaded once: the figure is the
 * rendering) against a minimal react-pdf document (one page, one Text, the same font), 20 runs after
 * 3 warm-ups each.
 */
export async function pdfTimes(db: Db, tenant: Tenant, runs = 20): Promise<PdfTimes> {
  const [row] = (await db.execute(sql`
    SELECT i.id, i.customer_id, i.number FROM invoices i
    WHERE i.tenant_id = ${tenant.id} AND EXISTS (SELECT 1 FROM invoice_lines l WHERE l.tenant_id = i.tenant_id AND l.invoice_id = i.id)
    ORDER BY i.issue_date DESC, i.id LIMIT 1`)) as unknown as { id: string; customer_id: string; number: string }[];
  if (!row) throw new Error(`no invoice of ${tenant.id} to render`);
  const scope = { db, tenant, customerId: row.customer_id };
  const data = await loadInvoicePdfData(scope, row.id);
  if (!data) throw new Error("invoice data not found");
  const invoiceMs = await timed(runs, 3, () => renderInvoicePdf(tenant, data), isPdf);
  // What a download of a stored PDF costs besides HTTP and the session: one query (find, hash, read);
  // the load is what a miss adds before its render.
  const loadMs = await timed(runs, 3, () => loadInvoicePdfData(scope, row.id));
  const hashMs = await timed(runs, 3, () => currentInvoicePdf(scope, row.id, ["*"]));
  await invoicePdfDownload(scope, row.id, null);
  const storedMs = await timed(
    runs,
    3,
    () => invoicePdfDownload(scope, row.id, null),
    (pdf) => {
      if (!pdf || pdf.rendered) throw new Error("the stored PDF was rendered again");
      isPdf(pdf.bytes);
    },
  );
  // The floor: one page, one Text — in the invoice's own font (registered TTF, embedded as a
  // subset), so the ratio is the invoice's layout work, not font embedding; Helvetica for reference.
  registerPdfFonts();
  const minimalDoc = (fontFamily?: string) => () =>
    renderToBuffer(
      createElement(
        Document,
        null,
        createElement(Page, { size: "A4", style: fontFamily ? { fontFamily } : undefined }, createElement(Text, null, "Faktura")),
      ) as unknown as ReactElement<DocumentProps>,
    );
  const minimalMs = await timed(runs, 3, minimalDoc(PDF_FONT), isPdf);
  const helveticaMs = await timed(runs, 3, minimalDoc(), isPdf);
  return { invoiceMs, minimalMs, helveticaMs, invoice: row.number, loadMs, hashMs, storedMs };
}
