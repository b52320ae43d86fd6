import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { setupTestDb, testDbKind } from "@/tests/helpers/db";
import { setClockOffsetSeconds } from "@/lib/clock";
import { importJsonLines, MAX_LISTED_ERRORS } from "@/lib/import/import-json-lines";
import { queryRows } from "@/lib/import/sql";
import { requireTenantById } from "@/lib/tenant/registry";
import { address, contract, count, customer, jsonl, snapshot } from "./import-helpers";

const handle = setupTestDb();

/**
 * The staged import's merge (lib/import/merge.ts, check.ts): what a broken merge would get wrong —
 * rewriting unchanged rows, losing the last-line-wins rule, writing part of a rejected file, or
 * reporting a bad reference on the wrong line.
 */

const polo = () => requireTenantById("polo");
const fixture = "tests/fixtures/import/valid-polo.jsonl";

/** Each row's version: PostgreSQL gives a rewritten row a new xmin even when its values are the same. */
async function versions(table: string, tenantId: string): Promise<Record<string, string>> {
  const rows = await queryRows<{ id: string; v: string }>(handle.db, sql`SELECT id, xmin::text AS v FROM ${sql.raw(table)} WHERE tenant_id = ${tenantId}`);
  return Object.fromEntries(rows.map((r) => [r.id, r.v]));
}

const point = (id: string, contractId: string) => ({ type: "point", id, contract: contractId, code: `PL-${id}`, kind: "electricity", address });
const reading = (id: string, pointId: string) => ({ type: "reading", id, point: pointId, date: "2025-06-30", value: "3", unit: "kWh", source: "actual" });
const payment = (id: string, customerId: string, extra: object = {}) => ({
  type: "payment",
  id,
  customer: customerId,
  date: "2025-03-01",
  amount: "10.00",
  ...extra,
});
const line = (gross: string, net: string, vat: string) => ({ description: "Energia", quantity: "1", unit: "kWh", net, vatRate: "23", vat, gross });
const invoice = (id: string, customerId: string, lines: object[], totals: [string, string, string]) => ({
  type: "invoice",
  id,
  customer: customerId,
  number: `FV/${id}`,
  kind: "invoice",
  issueDate: "2025-01-31",
  dueDate: "2025-02-14",
  net: totals[0],
  vat: totals[1],
  gross: totals[2],
  lines,
});

describe(`import merge (${testDbKind})`, () => {
  afterEach(() => setClockOffsetSeconds(0));

  it("a repeated file rewrites no row and reports the same counts", async () => {
    const first = await importJsonLines(handle.db, polo(), [readFileSync(fixture)]);
    expect(first.status).toBe("applied");
    const before = await snapshot(handle.db, "polo");
    const rowVersions = {
      customers: await versions("customers", "polo"),
      invoices: await versions("invoices", "polo"),
      payments: await versions("payments", "polo"),
    };
    setClockOffsetSeconds(3600);
    const again = await importJsonLines(handle.db, polo(), [readFileSync(fixture)]);
    expect(again).toMatchObject({ status: "applied", lines: first.lines, counts: first.counts });
    expect(await snapshot(handle.db, "polo")).toEqual(before);
    expect({
      customers: await versions("customers", "polo"),
      invoices: await versions("invoices", "polo"),
      payments: await versions("payments", "polo"),
    }).toEqual(rowVersions);
  });

  it("updates a changed field with a new updated_at and leaves the unchanged record untouched", async () => {
    await importJsonLines(handle.db, polo(), [jsonl(customer("U1"), customer("U2"))]);
    const stamps = async () =>
      Object.fromEntries(
        (
          await queryRows<{ id: string; name: string; at: string }>(
            handle.db,
            sql`SELECT id, name, updated_at::text AS at FROM customers WHERE tenant_id = 'polo' AND id IN ('U1', 'U2')`,
          )
        ).map((r) => [r.id, r]),
      );
    const before = await stamps();
    const beforeVersions = await versions("customers", "polo");
    setClockOffsetSeconds(3600);
    const result = await importJsonLines(handle.db, polo(), [jsonl(customer("U1", { name: "Klient U1 po zmianie" }), customer("U2"))]);
    expect(result).toMatchObject({ status: "applied", counts: { customer: 2 } });
    const after = await stamps();
    expect(after.U1!.name).toBe("Klient U1 po zmianie");
    expect(after.U1!.at).not.toBe(before.U1!.at);
    expect(after.U2).toEqual(before.U2);
    expect((await versions("customers", "polo")).U2).toBe(beforeVersions.U2);
  });

  it("a bad reference on line N is reported with N, every other line counted, and nothing is written", async () => {
    const before = await snapshot(handle.db, "polo");
    const records = [
      customer("B1"),
      contract("BK1", "B1"),
      point("BP1", "BK1"),
      reading("BR1", "BP1"),
      payment("BZ1", "B1"),
      reading("BR2", "BP-NONE"),
      payment("BZ2", "B1"),
    ];
    const result = await importJsonLines(handle.db, polo(), [jsonl(...records)], { batchLines: 2 });
    expect(result).toMatchObject({
      status: "rejected",
      errorCount: 1,
      errors: [{ line: 6, reason: 'nieznany punkt poboru "BP-NONE"' }],
      counts: { customer: 1, contract: 1, point: 1, reading: 1, payment: 2 },
    });
    expect(await snapshot(handle.db, "polo")).toEqual(before);
    expect(await count(handle.db, "customers", "polo")).toBe(Object.keys(await versions("customers", "polo")).length);
  });

  it("names every reason of a line in field order, and a later definition with its line", async () => {
    const bad = {
      ...invoice(
        "BI1",
        "C-LATER",
        [
          { ...line("12.30", "10.00", "2.30"), point: "P-NONE" },
          { ...line("12.30", "10.00", "2.30"), point: "P-NONE" },
        ],
        ["20.00", "4.60", "24.60"],
      ),
      contract: "K-NONE",
    };
    const result = await importJsonLines(handle.db, polo(), [jsonl(bad, customer("C-LATER"))]);
    expect(result).toMatchObject({
      status: "rejected",
      errors: [{ line: 1, reason: 'odwołanie do klienta "C-LATER" z dalszego wiersza 2; nieznana umowa "K-NONE"; nieznany punkt poboru "P-NONE"' }],
    });
  });

  it("counts every bad line but lists the first ones in file order, shape and reference errors together", async () => {
    const records: object[] = [customer("E0")];
    for (let i = 1; i <= MAX_LISTED_ERRORS + 5; i++) records.push(i % 2 === 0 ? payment(`E${i}`, "E-NONE") : { type: "payment", id: `E${i}` });
    const result = await importJsonLines(handle.db, polo(), [jsonl(...records)], { batchLines: 100 });
    expect(result.status).toBe("rejected");
    if (result.status !== "rejected") return;
    expect(result.errorCount).toBe(MAX_LISTED_ERRORS + 5);
    expect(result.errors).toHaveLength(MAX_LISTED_ERRORS);
    expect(result.errors.map((e) => e.line)).toEqual(Array.from({ length: MAX_LISTED_ERRORS }, (_, i) => i + 2));
    expect(result.errors[0]!.reason).toContain('brak wymaganego pola "customer"');
    expect(result.errors[1]!.reason).toBe('nieznany klient "E-NONE"');
    expect(result.counts).toMatchObject({ customer: 1, payment: 0 });
  });

  it("a record repeated in the file counts each line and keeps the last one, its invoice lines included", async () => {
    const twoLines = invoice("RI1", "R1", [line("12.30", "10.00", "2.30"), line("12.30", "10.00", "2.30")], ["20.00", "4.60", "24.60"]);
    const oneLine = invoice("RI1", "R1", [line("6.15", "5.00", "1.15")], ["5.00", "1.15", "6.15"]);
    const result = await importJsonLines(handle.db, polo(), [jsonl(customer("R1"), twoLines, customer("R1", { name: "Ostatni" }), oneLine)], { batchLines: 1 });
    expect(result).toMatchObject({ status: "applied", counts: { customer: 2, invoice: 2 } });
    const [stored] = await queryRows<{ name: string }>(handle.db, sql`SELECT name FROM customers WHERE tenant_id = 'polo' AND id = 'R1'`);
    expect(stored!.name).toBe("Ostatni");
    const lines = await queryRows<{ line_no: number; gross: number | string }>(
      handle.db,
      sql`SELECT line_no, gross FROM invoice_lines WHERE tenant_id = 'polo' AND invoice_id = 'RI1' ORDER BY line_no`,
    );
    expect(lines.map((l) => [l.line_no, Number(l.gross)])).toEqual([[1, 615]]);
  });

  it("a customer number given to a second customer later in the file names that later line", async () => {
    const mpec = requireTenantById("mpec");
    const result = await importJsonLines(handle.db, mpec, [
      jsonl(customer("N1", { customerNumber: "300001" }), customer("N2", { customerNumber: "300002" }), customer("N3", { customerNumber: "300001" })),
    ]);
    expect(result).toMatchObject({ status: "rejected", errorCount: 1, errors: [{ line: 3, reason: 'numer odbiorcy "300001" ma już klient "N1"' }] });
    expect(await count(handle.db, "customers", "mpec")).toBe(0);
  });

  it("stores text with tabs, backslashes and line breaks exactly (the staging's COPY escapes)", async () => {
    const name = 'Firma \\ "Cudzysłów"\t{a,b}\r\nNowa linia \\N';
    const result = await importJsonLines(handle.db, polo(), [
      jsonl(customer("T1", { name, address: { ...address, street: "ul. \\N" }, registrationProofs: ["lastInvoice"] })),
    ]);
    expect(result.status).toBe("applied");
    const [stored] = await queryRows<{ name: string; street: string }>(
      handle.db,
      sql`SELECT name, address->>'street' AS street FROM customers WHERE tenant_id = 'polo' AND id = 'T1'`,
    );
    expect(stored).toEqual({ name, street: "ul. \\N" });
  });

  it("a source failing mid-file (a body over the limit) fails the run, writes nothing, and the next import works", async () => {
    const before = await snapshot(handle.db, "polo");
    async function* failing() {
      yield jsonl(customer("F1"), customer("F2"), customer("F3"));
      throw new Error("body larger than the limit");
    }
    await expect(importJsonLines(handle.db, polo(), failing(), { batchLines: 1, source: "test:failing" })).rejects.toThrow("body larger than the limit");
    expect(await snapshot(handle.db, "polo")).toEqual(before);
    const [run] = await queryRows<{ status: string }>(handle.db, sql`SELECT status FROM import_runs WHERE source = 'test:failing'`);
    expect(run!.status).toBe("failed");
    expect((await importJsonLines(handle.db, polo(), [jsonl(customer("F1"))])).status).toBe("applied");
  });
});
