import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { setupTestDb, testDbKind } from "@/tests/helpers/db";
import { documentPdfs } from "@/db/schema";
import { requireTenantById } from "@/lib/tenant/registry";
import type { Tenant } from "@/lib/tenant/schema";
import { importJsonLines } from "@/lib/import/import-json-lines";
import { etagMatches, invoicePdfDownload, invoicePdfResponse, type InvoicePdfDownload } from "@/lib/pdf/download";
import { currentInvoicePdf } from "@/lib/pdf/input-hash";
import type { InvoicePdfData } from "@/lib/pdf/invoice-data";
import { renderInvoicePdf } from "@/lib/pdf/render";
import { pgPdfStore } from "@/lib/pdf/store";
import { tradeFeeLine } from "@/tests/helpers/sample-invoice";
import { jsonl } from "./import-helpers";
import { pdfText, pdfWorld } from "./pdf-world";

const handle = setupTestDb();
const world = pdfWorld("PDFS");
// A second customer's documents for the input classes below, and a document whose buyer (the
// contract's customer) is someone else than its payer.
const inputs = pdfWorld("PDFI");
const buyerRecords = [
  { type: "contract", id: "PDFI-BU", customer: "PDFI-B", payer: inputs.customerId, number: "UE/PDFI-B", status: "active" },
  {
    ...inputs.records.find((r) => "id" in r && r.id === inputs.invoiceId)!,
    id: "PDFI-F2",
    number: "FV/2026/09/PDFI-2",
    contract: "PDFI-BU",
    net: tradeFeeLine.net,
    vat: tradeFeeLine.vat,
    gross: tradeFeeLine.gross,
    lines: [tradeFeeLine],
  },
];
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
  const result = await importJsonLines(handle.db, polo(), [jsonl(...inputs.records, ...buyerRecords)]);
  expect(result.status === "rejected" ? result.errors : result.status).toBe("applied");
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

    // The query reads the stored bytes only when they will be sent: not for the client's current tag, nor for `*`.
    const scope = { db: handle.db, tenant: polo(), customerId: world.customerId };
    expect((await currentInvoicePdf(scope, world.invoiceId, ['"other"']))!.bytes).toEqual(first.bytes);
    expect((await currentInvoicePdf(scope, world.invoiceId, ['"other"', first.etag]))!.bytes).toBeNull();
    expect((await currentInvoicePdf(scope, world.invoiceId, ["*"]))!.bytes).toBeNull();
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

/**
 * The input hash is computed in the database over the rows the PDF prints (lib/pdf/input-hash.ts):
 * each kind of row, changed by a re-import, changes the hash of exactly the documents that print it.
 */
describe(`the input hash follows every row the PDF prints (${testDbKind})`, () => {
  const scope = () => ({ db: handle.db, tenant: polo(), customerId: inputs.customerId });
  const documents = [inputs.invoiceId, inputs.correctionId, inputs.noteId, "PDFI-F2"];
  const hashes = async () => Object.fromEntries(await Promise.all(documents.map(async (id) => [id, (await currentInvoicePdf(scope(), id, ["*"]))!.inputHash])));
  const record = (id: string) => [...inputs.records, ...buyerRecords].find((r) => "id" in r && r.id === id)! as Record<string, unknown>;

  /** Re-imports the records and answers which documents' hashes changed. */
  async function changedBy(...records: object[]): Promise<string[]> {
    const before = await hashes();
    expect(await importJsonLines(handle.db, polo(), [jsonl(...records)])).toMatchObject({ status: "applied" });
    const after = await hashes();
    return documents.filter((id) => after[id] !== before[id]);
  }

  it("is the same for the same rows, also after a re-import that changes nothing, and differs between documents", async () => {
    const first = await hashes();
    expect(await hashes()).toEqual(first);
    expect(await changedBy(...inputs.records, ...buyerRecords)).toEqual([]);
    expect(new Set(Object.values(first)).size).toBe(documents.length);
  });

  it("a line's text", async () => {
    const invoice = record(inputs.invoiceId) as { lines: object[] };
    expect(await changedBy({ ...invoice, lines: [invoice.lines[0], { ...tradeFeeLine, description: "Opłata handlowa (e-faktura)" }] })).toEqual([
      inputs.invoiceId,
    ]);
  });

  it("the payer's name or address: every document of the payer", async () => {
    const payer = record(inputs.customerId) as { address: object };
    expect(await changedBy({ ...payer, address: { ...payer.address, apartment: "4" } })).toEqual(documents);
  });

  it("the buyer's data: only the document under the buyer's contract", async () => {
    expect(await changedBy({ ...record("PDFI-B"), name: "Piekarnia Złoty Kłos S.A." })).toEqual(["PDFI-F2"]);
  });

  it("the data of a point a line names, not of the contract's other points", async () => {
    expect(await changedBy({ ...record("PDFI-P"), code: "PPE-PDFI-2" })).toEqual([inputs.invoiceId]);
  });

  it("consumption in the period or a year earlier, not in other months", async () => {
    const consumption = (periodFrom: string, periodTo: string, quantity: string) => ({
      type: "consumption",
      point: "PDFI-P",
      periodFrom,
      periodTo,
      quantity,
      unit: "kWh",
    });
    expect(await changedBy(consumption("2026-09-01", "2026-09-30", "1453"))).toEqual([inputs.invoiceId]);
    expect(await changedBy(consumption("2025-09-01", "2025-09-30", "1499"))).toEqual([inputs.invoiceId]);
    expect(await changedBy(consumption("2026-05-01", "2026-05-31", "900"))).toEqual([]);
  });

  it("the corrected (and the late) invoice's number: the correction and the interest note", async () => {
    expect(await changedBy({ ...record(inputs.invoiceId), number: "FV/2026/09/PDFI-A" })).toEqual([inputs.invoiceId, inputs.correctionId, inputs.noteId]);
  });

  it("the tenant file's legal data, hashed outside the database", async () => {
    const other: Tenant = { ...polo(), legal: { ...polo().legal, nip: "5260250274" } };
    const before = (await currentInvoicePdf(scope(), inputs.invoiceId, ["*"]))!.inputHash;
    expect((await currentInvoicePdf({ ...scope(), tenant: other }, inputs.invoiceId, ["*"]))!.inputHash).not.toBe(before);
  });
});
