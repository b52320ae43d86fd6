import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { setupTestDb, testDbKind } from "@/tests/helpers/db";
import { documentPdfs } from "@/db/schema";
import { requireTenantById } from "@/lib/tenant/registry";
import type { Tenant } from "@/lib/tenant/schema";
import { importJsonLines } from "@/lib/import/import-json-lines";
import { etagMatches, invoicePdfDownload, invoicePdfResponse, type InvoicePdfDownload } from "@/lib/pdf/download";
import type { InvoicePdfData } from "@/lib/pdf/invoice-data";
import { renderInvoicePdf } from "@/lib/pdf/render";
import { pgPdfStore } from "@/lib/pdf/store";
import { jsonl } from "./import-helpers";
import { pdfText, pdfWorld } from "./pdf-world";

const handle = setupTestDb();
const world = pdfWorld("PDFS");
const polo = () => requireTenantById("polo");

// The real renderer and the real store (document_pdfs); only the renders are counted.
let renders = 0;
const countingRender = async (tenant: Tenant, data: InvoicePdfData) => {
  renders += 1;
  return renderInvoicePdf(tenant, data);
};
const download = (tenant: Tenant, invoiceId: string, ifNoneMatch: string | null = null, customerId = world.customerId) =>
  invoicePdfDownload({ db: handle.db, tenant, customerId }, invoiceId, ifNoneMatch, { render: countingRender });

async function storedRows(invoiceId: string) {
  return handle.db
    .select({ inputHash: documentPdfs.inputHash })
    .from(documentPdfs)
    .where(and(eq(documentPdfs.tenantId, "polo"), eq(documentPdfs.invoiceId, invoiceId)));
}

beforeAll(async () => {
  expect(await importJsonLines(handle.db, polo(), [jsonl(...world.records)])).toMatchObject({ status: "applied" });
});

describe(`invoice PDFs are rendered once and stored (${testDbKind})`, () => {
  let first: InvoicePdfDownload;

  it("renders on the first download and stores the bytes with the hash of their inputs", async () => {
    renders = 0;
    first = (await download(polo(), world.invoiceId))!;
    expect(renders).toBe(1);
    expect(first.rendered).toBe(true);
    expect(first.bytes!.subarray(0, 5).toString()).toBe("%PDF-");
    expect(first.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(await storedRows(world.invoiceId)).toEqual([{ inputHash: first.etag.slice(1, -1) }]);
  });

  it("serves the stored bytes again without rendering", async () => {
    renders = 0;
    const again = (await download(polo(), world.invoiceId))!;
    const third = (await download(polo(), world.invoiceId))!;
    expect(renders).toBe(0);
    expect(again.rendered).toBe(false);
    expect(again.etag).toBe(first.etag);
    expect(Buffer.compare(again.bytes!, first.bytes!)).toBe(0);
    expect(Buffer.compare(third.bytes!, first.bytes!)).toBe(0);
  });

  it("answers 304 without bytes when the client's copy has the current ETag, else the PDF with ETag and private caching", async () => {
    renders = 0;
    const current = (await download(polo(), world.invoiceId, first.etag))!;
    expect(current.bytes).toBeNull();
    const notModified = invoicePdfResponse(current);
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("etag")).toBe(first.etag);
    expect(notModified.headers.get("cache-control")).toMatch(/^private,/);
    expect(await notModified.text()).toBe("");

    const stale = (await download(polo(), world.invoiceId, '"something-else"'))!;
    const ok = invoicePdfResponse(stale);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("etag")).toBe(first.etag);
    expect(ok.headers.get("cache-control")).toMatch(/^private,/);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    expect(ok.headers.get("content-disposition")).toContain("FV_2026_09_PDFS.pdf");
    expect(Buffer.compare(Buffer.from(await ok.arrayBuffer()), first.bytes!)).toBe(0);
    expect(renders).toBe(0);
  });

  it("reads If-None-Match lists, weak tags and *", () => {
    expect(etagMatches(`"a", W/"b"`, `"b"`)).toBe(true);
    expect(etagMatches("*", `"b"`)).toBe(true);
    expect(etagMatches(`"a"`, `"b"`)).toBe(false);
    expect(etagMatches(null, `"b"`)).toBe(false);
  });

  it("renders again and replaces the row when a re-import changes the document's amount", async () => {
    const invoice = world.records.find((r) => r.type === "invoice" && "id" in r && r.id === world.invoiceId)!;
    // The same document, re-issued by the CRM with one line's price changed.
    const changed = {
      ...invoice,
      net: "1105.61",
      vat: "251.95",
      gross: "1357.56",
      lines: [{ ...(invoice as { lines: object[] }).lines[0]!, net: "1090.00", vat: "250.70", gross: "1340.70" }, (invoice as { lines: object[] }).lines[1]!],
    };
    expect(await importJsonLines(handle.db, polo(), [jsonl(changed)])).toMatchObject({ status: "applied" });
    renders = 0;
    const reissued = (await download(polo(), world.invoiceId, first.etag))!;
    expect(renders).toBe(1);
    expect(reissued.etag).not.toBe(first.etag);
    expect(await pdfText(reissued.bytes!)).toContain("1 357,56 zł");
    expect(await storedRows(world.invoiceId)).toEqual([{ inputHash: reissued.etag.slice(1, -1) }]);
    // …and is stored again: the next download renders nothing.
    expect((await download(polo(), world.invoiceId))!.etag).toBe(reissued.etag);
    expect(renders).toBe(1);
  });

  it("a re-import that changes nothing renders nothing", async () => {
    const before = (await download(polo(), world.invoiceId))!;
    const invoice = world.records.find((r) => r.type === "customer" && "id" in r && r.id === world.customerId)!;
    expect(await importJsonLines(handle.db, polo(), [jsonl(invoice)])).toMatchObject({ status: "applied" });
    renders = 0;
    expect((await download(polo(), world.invoiceId))!.etag).toBe(before.etag);
    expect(renders).toBe(0);
  });

  it("renders again when the tenant's logo or colours change", async () => {
    const before = (await download(polo(), world.invoiceId))!;
    renders = 0;
    const newLogo: Tenant = {
      ...polo(),
      brand: { ...polo().brand, wordmarkSvg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>` },
    };
    const withLogo = (await download(newLogo, world.invoiceId))!;
    expect(renders).toBe(1);
    expect(withLogo.etag).not.toBe(before.etag);
    const newColour: Tenant = { ...newLogo, brand: { ...newLogo.brand, primary: "#123456" } };
    const withColour = (await download(newColour, world.invoiceId))!;
    expect(renders).toBe(2);
    expect(withColour.etag).not.toBe(withLogo.etag);
    expect(await storedRows(world.invoiceId)).toEqual([{ inputHash: withColour.etag.slice(1, -1) }]);
    // Back to the tenant file as it is: rendered once more, then stored again.
    expect((await download(polo(), world.invoiceId))!.etag).toBe(before.etag);
    expect((await download(polo(), world.invoiceId))!.rendered).toBe(false);
    expect(renders).toBe(3);
  });

  it("S13/S14: another customer gets nothing, although the PDF is stored", async () => {
    renders = 0;
    expect(await storedRows(world.invoiceId)).toHaveLength(1);
    expect(await download(polo(), world.invoiceId, null, "PDFS-B")).toBeNull();
    expect(await download(requireTenantById("polsp"), world.invoiceId)).toBeNull();
    expect(renders).toBe(0);
  });

  it("two first downloads at once both get the PDF, and one row is stored", async () => {
    renders = 0;
    const [a, b] = await Promise.all([download(polo(), world.noteId), download(polo(), world.noteId)]);
    expect(a!.bytes!.subarray(0, 5).toString()).toBe("%PDF-");
    expect(b!.bytes!.subarray(0, 5).toString()).toBe("%PDF-");
    expect(a!.etag).toBe(b!.etag);
    expect(await storedRows(world.noteId)).toEqual([{ inputHash: a!.etag.slice(1, -1) }]);
    // A put racing a stored row of other inputs replaces it, one of the same inputs leaves it.
    const store = pgPdfStore(handle.db);
    await store.put("polo", world.noteId, "other-inputs", Buffer.from("%PDF-x"));
    await store.put("polo", world.noteId, "other-inputs", Buffer.from("%PDF-y"));
    expect(await store.get("polo", world.noteId, "other-inputs")).toEqual(Buffer.from("%PDF-x"));
    expect(await store.get("polo", world.noteId, a!.etag.slice(1, -1))).toBeNull();
  });
});
