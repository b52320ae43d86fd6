import { beforeAll, describe, expect, it } from "vitest";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { requireTenantById } from "@/lib/tenant/registry";
import { importJsonLines } from "@/lib/import/import-json-lines";
import { loadInvoicePdfData } from "@/lib/pdf/invoice-data";
import { renderInvoicePdf } from "@/lib/pdf/render";
import { jsonl } from "./import-helpers";
import { address, pdfText, pdfWorld } from "./pdf-world";
import { customerScope } from "../helpers/scope";

/**
 * The consumption comparison on an invoice PDF uses only points of a contract whose customer or payer
 * is the invoice's customer: an invoice (or one of its lines) naming another customer's point or
 * contract must not print that customer's consumption (S13).
 */
const handle = setupTestDb();
const world = pdfWorld("PS1");
const c = world.customerId;
const polo = () => requireTenantById("polo");

const invoiceBase = {
  type: "invoice",
  customer: c,
  kind: "invoice",
  issueDate: "2026-10-05",
  dueDate: "2026-10-19",
  periodFrom: "2026-09-01",
  periodTo: "2026-09-30",
  net: "100.00",
  vat: "23.00",
  gross: "123.00",
};
const line = (point?: string, half = false) => ({
  description: "Energia",
  quantity: "1",
  unit: "kWh",
  ...(half ? { net: "50.00", vatRate: "23", vat: "11.50", gross: "61.50" } : { net: "100.00", vatRate: "23", vat: "23.00", gross: "123.00" }),
  ...(point ? { point } : {}),
});
// Another customer X with a contract, a point and a lot of consumption; a contract of X that C pays
// for (payer), whose point C may see; and four invoices of C naming those points and contracts.
const records = [
  ...world.records,
  { type: "customer", id: "PS1-X", kind: "business", nip: "1234563218", name: "Obcy Klient Sp. z o.o.", customerNumber: "PS1-NRX", address },
  { type: "contract", id: "PS1-XU", customer: "PS1-X", number: "UE/PS1-X", status: "active" },
  { type: "point", id: "PS1-XP", contract: "PS1-XU", code: "PPE-PS1-X", kind: "electricity", address },
  { type: "consumption", point: "PS1-XP", periodFrom: "2026-09-01", periodTo: "2026-09-30", quantity: "98765", unit: "kWh" },
  { type: "consumption", point: "PS1-XP", periodFrom: "2025-09-01", periodTo: "2025-09-30", quantity: "87654", unit: "kWh" },
  { type: "contract", id: "PS1-PU", customer: "PS1-X", payer: c, number: "UE/PS1-P", status: "active" },
  { type: "point", id: "PS1-PP", contract: "PS1-PU", code: "PPE-PS1-P", kind: "heat", address },
  { type: "consumption", point: "PS1-PP", periodFrom: "2026-09-01", periodTo: "2026-09-30", quantity: "42", unit: "GJ" },
  { ...invoiceBase, id: "PS1-FX", number: "FV/PS1/X", lines: [line("PS1-XP")] },
  { ...invoiceBase, id: "PS1-FM", number: "FV/PS1/M", contract: "PS1-U", lines: [line("PS1-P", true), line("PS1-XP", true)] },
  { ...invoiceBase, id: "PS1-FC", number: "FV/PS1/C", contract: "PS1-XU", lines: [line()] },
  { ...invoiceBase, id: "PS1-FP", number: "FV/PS1/P", contract: "PS1-PU", lines: [line()] },
];

beforeAll(async () => {
  const result = await importJsonLines(handle.db, polo(), [jsonl(...records)]);
  expect(result.status === "rejected" ? result.errors : result.status).toBe("applied");
});

const load = async (invoiceId: string) => {
  const data = await loadInvoicePdfData(customerScope(handle.db, "polo", c), invoiceId);
  expect(data).not.toBeNull();
  return data!;
};

describe(`invoice PDF consumption stays within the customer's points (${testDbKind})`, () => {
  it("ignores a line naming another customer's point", async () => {
    const data = await load("PS1-FX");
    expect(data.lines[0]!.pointId).toBe("PS1-XP");
    expect(data.consumption).toEqual([]);
    const text = await pdfText(await renderInvoicePdf(polo(), data));
    expect(text).not.toContain("98 765");
    expect(text).not.toContain("87 654");
  });

  it("keeps the customer's own point when a line also names someone else's", async () => {
    const data = await load("PS1-FM");
    expect(data.consumption).toEqual([{ unit: "kWh", current: 1452, previous: 1500 }]);
    const text = await pdfText(await renderInvoicePdf(polo(), data));
    expect(text).toContain("Zużycie w okresie rozliczeniowym: 1 452 kWh; w analogicznym okresie ubiegłego roku: 1 500 kWh");
    expect(text).not.toContain("98 765");
  });

  it("ignores the points of another customer's contract named by the invoice", async () => {
    expect((await load("PS1-FC")).consumption).toEqual([]);
  });

  it("uses the points of a contract the customer pays for", async () => {
    expect((await load("PS1-FP")).consumption).toEqual([{ unit: "GJ", current: 42, previous: null }]);
  });

  it("still prints the customer's own consumption", async () => {
    expect((await load(world.invoiceId)).consumption).toEqual([{ unit: "kWh", current: 1452, previous: 1500 }]);
  });
});
