import { readFileSync, createReadStream } from "node:fs";
import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { auditLog, customers, importRuns, invoiceLines, invoices, points, readings } from "@/db/schema";
import { requireTenantById } from "@/lib/tenant/registry";
import { importJsonLines } from "@/lib/import/import-json-lines";
import { contract, count, customer, jsonl, point as pointRecord, snapshot } from "./import-helpers";
import { tenantRow } from "@/tests/helpers/tenant-row";

const handle = setupTestDb();

const polo = () => requireTenantById("polo");
const fixture = "tests/fixtures/import/valid-polo.jsonl";

describe(`import (${testDbKind})`, () => {
  it("applies a valid file: counts, amounts in grosze, invoice lines, run and audit", async () => {
    const result = await importJsonLines(handle.db, polo(), createReadStream(fixture), { source: "test" });
    expect(result).toMatchObject({
      status: "applied",
      lines: 10,
      counts: { customer: 2, contract: 2, point: 1, invoice: 2, payment: 1, reading: 1, consumption: 1 },
    });
    const [f1] = await handle.db
      .select()
      .from(invoices)
      .where(and(eq(invoices.tenantId, "polo"), eq(invoices.id, "F1")));
    expect(f1).toMatchObject({ net: 10000, vat: 2300, gross: 12300, issueDate: "2024-03-31" });
    const lines = await handle.db
      .select()
      .from(invoiceLines)
      .where(and(eq(invoiceLines.tenantId, "polo"), eq(invoiceLines.invoiceId, "F1")))
      .orderBy(invoiceLines.lineNo);
    expect(lines.map((l) => [l.lineNo, l.gross, l.pointId])).toEqual([
      [1, 11070, "P1"],
      [2, 1230, null],
    ]);
    const [run] = await handle.db.select().from(importRuns).where(eq(importRuns.id, result.runId));
    expect(run).toMatchObject({ status: "applied", lines: 10, badLines: 0 });
    const audits = await handle.db.select().from(auditLog).where(eq(auditLog.targetId, result.runId));
    expect(audits.map((a) => [a.action, a.actorKind])).toEqual([["import.applied", "import"]]);
  });

  it("changes nothing, not even updated_at, when the same file comes again", async () => {
    const before = await snapshot(handle.db, "polo");
    const again = await importJsonLines(handle.db, polo(), [readFileSync(fixture)]);
    expect(again.status).toBe("applied");
    expect(await snapshot(handle.db, "polo")).toEqual(before);
  });

  it("writes nothing when one line among good ones is bad, and names that line", async () => {
    const before = await snapshot(handle.db, "polo");
    const file = jsonl(customer("N1"), contract("NK1", "N1"), { ...customer("N2"), pesel: "44051401358" }, customer("N3"));
    const result = await importJsonLines(handle.db, polo(), [file]);
    expect(result.status).toBe("rejected");
    if (result.status !== "rejected") return;
    expect(result.errors).toEqual([{ line: 3, reason: expect.stringContaining("nieprawidłowy PESEL") }]);
    expect(result.errorCount).toBe(1);
    expect(await snapshot(handle.db, "polo")).toEqual(before);
    const [run] = await handle.db.select().from(importRuns).where(eq(importRuns.id, result.runId));
    expect(run).toMatchObject({ status: "rejected", badLines: 1, errors: result.errors });
  });

  it("reports every bad line, not just the first, across batches", async () => {
    const records: object[] = [];
    for (let i = 1; i <= 30; i++) records.push(i % 7 === 0 ? { type: "payment", id: `W${i}` } : customer(`M${i}`));
    records.push(contract("MK1", "M1"), contract("MK2", "M29")); // still resolvable after the first bad line
    const result = await importJsonLines(handle.db, polo(), [jsonl(...records)], { batchLines: 4 });
    expect(result.status).toBe("rejected");
    if (result.status !== "rejected") return;
    expect(result.errors.map((e) => e.line)).toEqual([7, 14, 21, 28]);
    expect(result.errors[0]!.reason).toContain('brak wymaganego pola "customer"');
    expect(await count(handle.db, "customers", "polo")).toBe(2);
  });

  it("rejects a reference to an unknown id, with its line", async () => {
    const result = await importJsonLines(handle.db, polo(), [jsonl(customer("R1"), contract("RK1", "C99"))]);
    expect(result.status === "rejected" && result.errors).toEqual([{ line: 2, reason: 'nieznany klient "C99"' }]);
  });

  it("accepts references to stored records and to earlier lines, rejects forward references", async () => {
    const ok = await importJsonLines(handle.db, polo(), [jsonl(contract("OK1", "C1"), customer("OK2"), contract("OK3", "OK2", { payer: "C2" }))]);
    expect(ok.status).toBe("applied");
    const forward = await importJsonLines(handle.db, polo(), [jsonl(contract("FW1", "FW2"), customer("FW2"))]);
    expect(forward.status === "rejected" && forward.errors).toEqual([{ line: 1, reason: 'odwołanie do klienta "FW2" z dalszego wiersza 2' }]);
  });

  it("keeps tenants apart: a polsp file cannot refer to polo records", async () => {
    const result = await importJsonLines(handle.db, requireTenantById("polsp"), [jsonl(contract("X1", "C1"))]);
    expect(result.status === "rejected" && result.errors[0]?.reason).toBe('nieznany klient "C1"');
    expect(await count(handle.db, "contracts", "polsp")).toBe(0);
  });

  it("requires customer numbers where the tenant signs in with them, and keeps them unique", async () => {
    const mpec = requireTenantById("mpec");
    const missing = await importJsonLines(handle.db, mpec, [jsonl(customer("H1"))]);
    expect(missing.status === "rejected" && missing.errors[0]?.reason).toContain("numer odbiorcy jest wymagany");
    expect((await importJsonLines(handle.db, mpec, [jsonl(customer("H1", { customerNumber: "100001" }))])).status).toBe("applied");
    const taken = await importJsonLines(handle.db, mpec, [jsonl(customer("H2", { customerNumber: "100001" }))]);
    expect(taken.status === "rejected" && taken.errors[0]?.reason).toBe('numer odbiorcy "100001" ma już klient "H1"');
  });

  it("stores a customer's registrationProofs; a file without the field sets the default, a repeated one changes nothing", async () => {
    const mpec = requireTenantById("mpec");
    const proofsOf = async (id: string) => (await tenantRow(handle.db, customers, "mpec", customers.id, id))?.registrationProofs;
    const marked = jsonl(
      customer("RP1", { customerNumber: "200001", registrationProofs: ["lastInvoice", "settlementAmount"] }),
      customer("RP2", { customerNumber: "200002" }),
    );
    expect((await importJsonLines(handle.db, mpec, [marked])).status).toBe("applied");
    expect(await proofsOf("RP1")).toEqual(["lastInvoice", "settlementAmount"]);
    expect(await proofsOf("RP2")).toEqual(["lastInvoice"]);
    const before = await snapshot(handle.db, "mpec");
    expect((await importJsonLines(handle.db, mpec, [marked])).status).toBe("applied");
    expect(await snapshot(handle.db, "mpec")).toEqual(before);

    const bad = await importJsonLines(handle.db, mpec, [jsonl(customer("RP1", { customerNumber: "200001", registrationProofs: ["settlementAmount"] }))]);
    expect(bad.status === "rejected" && bad.errors[0]).toMatchObject({ line: 1, reason: expect.stringContaining('lista musi zawierać "lastInvoice"') });
    expect(await proofsOf("RP1")).toEqual(["lastInvoice", "settlementAmount"]);

    expect((await importJsonLines(handle.db, mpec, [jsonl(customer("RP1", { customerNumber: "200001" }))])).status).toBe("applied");
    expect(await proofsOf("RP1")).toEqual(["lastInvoice"]);
  });

  it("stores a customer's bankAccount without spaces; a bad checksum or length rejects the file; a repeated file changes nothing", async () => {
    const accountOf = async (id: string) => (await tenantRow(handle.db, customers, "polo", customers.id, id))?.bankAccount;
    const withAccount = jsonl(customer("BA1", { bankAccount: "57 1020 1026 0000 1502 0123 4567" }), customer("BA2"));
    expect((await importJsonLines(handle.db, polo(), [withAccount])).status).toBe("applied");
    expect(await accountOf("BA1")).toBe("57102010260000150201234567");
    expect(await accountOf("BA2")).toBeNull();
    const before = await snapshot(handle.db, "polo");
    expect((await importJsonLines(handle.db, polo(), [withAccount])).status).toBe("applied");
    expect(await snapshot(handle.db, "polo")).toEqual(before);

    const badChecksum = await importJsonLines(handle.db, polo(), [jsonl(customer("BA2", { bankAccount: "57102010260000150201234568" }))]);
    expect(badChecksum.status === "rejected" && badChecksum.errors[0]).toMatchObject({
      line: 1,
      reason: 'pole "bankAccount": nieprawidłowy numer rachunku (suma kontrolna)',
    });
    const badLength = await importJsonLines(handle.db, polo(), [jsonl(customer("BA2", { bankAccount: "5710201026000015020123456" }))]);
    expect(badLength.status === "rejected" && badLength.errors[0]).toMatchObject({
      line: 1,
      reason: expect.stringContaining("numer rachunku musi mieć 26 cyfr"),
    });
    expect(await accountOf("BA2")).toBeNull();

    expect((await importJsonLines(handle.db, polo(), [jsonl(customer("BA1"))])).status).toBe("applied");
    expect(await accountOf("BA1")).toBeNull();
  });

  it("replaces an invoice's lines when it changes", async () => {
    const line = (net: string, vat: string, gross: string) => ({ description: "Energia", quantity: "1", unit: "kWh", net, vatRate: "23", vat, gross });
    const invoice = (lines: object[], net: string, vat: string, gross: string) => ({
      type: "invoice",
      id: "L1",
      customer: "C1",
      number: "FV/L1",
      kind: "invoice",
      issueDate: "2025-01-31",
      dueDate: "2025-02-14",
      net,
      vat,
      gross,
      lines,
    });
    await importJsonLines(handle.db, polo(), [jsonl(invoice([line("10.00", "2.30", "12.30"), line("10.00", "2.30", "12.30")], "20.00", "4.60", "24.60"))]);
    await importJsonLines(handle.db, polo(), [jsonl(invoice([line("5.00", "1.15", "6.15")], "5.00", "1.15", "6.15"))]);
    const rows = await handle.db
      .select()
      .from(invoiceLines)
      .where(and(eq(invoiceLines.tenantId, "polo"), eq(invoiceLines.invoiceId, "L1")));
    expect(rows.map((r) => [r.lineNo, r.gross])).toEqual([[1, 615]]);
  });

  it("marks runs left 'running' by a dead process as failed at the next import", async () => {
    const [stale] = await handle.db
      .insert(importRuns)
      .values({ tenantId: "polo", source: "cli:killed", status: "running", startedAt: new Date(Date.now() - 10 * 60_000) })
      .returning();
    await importJsonLines(handle.db, polo(), [jsonl(customer("S1"))]);
    const [after] = await handle.db.select().from(importRuns).where(eq(importRuns.id, stale!.id));
    expect(after!.status).toBe("failed");
  });

  it("stores reading.meterChange; a file without it stays valid, a bad value makes its line bad", async () => {
    const point = pointRecord("MC-P", "MC-K", "PL-MC", "heat");
    const reading = (id: string, extra: object = {}) => ({
      type: "reading",
      id,
      point: "MC-P",
      date: "2025-06-30",
      value: "3",
      unit: "GJ",
      source: "actual",
      ...extra,
    });
    const file = jsonl(customer("MC-C"), contract("MC-K", "MC-C"), point, reading("MC-R1", { meterChange: true }), reading("MC-R2"));
    expect((await importJsonLines(handle.db, polo(), [Buffer.from(file)])).status).toBe("applied");
    const stored = await handle.db
      .select({ id: readings.id, meterChange: readings.meterChange })
      .from(readings)
      .where(and(eq(readings.tenantId, "polo"), eq(readings.pointId, "MC-P")))
      .orderBy(readings.id);
    expect(stored).toEqual([
      { id: "MC-R1", meterChange: true },
      { id: "MC-R2", meterChange: false },
    ]);
    const bad = await importJsonLines(handle.db, polo(), [Buffer.from(jsonl(reading("MC-R3", { meterChange: "tak" })))]);
    expect(bad).toMatchObject({ status: "rejected", errors: [{ line: 1, reason: expect.stringContaining('"meterChange"') }] });
  });

  it("stores the invoice details added later; a repeated file changes nothing, a changed reading is written, bad values name their line", async () => {
    const point = pointRecord("ID-P", "ID-K", "PL-ID", "electricity");
    const reading = (date: string, value: string, source = "actual") => ({ date, value, source });
    const energy = (readingTo = reading("2025-01-31", "1100.5", "estimated")) => ({
      description: "Energia",
      quantity: "100",
      unit: "kWh",
      net: "61.23",
      vatRate: "23",
      vat: "14.08",
      gross: "75.31",
      point: "ID-P",
      unitPrice: "0.61234",
      meterNumber: "M-77",
      tariff: "G11",
      readingFrom: reading("2024-12-31", "1000.5"),
      readingTo,
    });
    const invoice = (line: object) => ({
      type: "invoice",
      id: "ID-F",
      customer: "ID-C",
      contract: "ID-K",
      number: "FV/ID",
      kind: "invoice",
      issueDate: "2025-01-31",
      dueDate: "2025-02-14",
      net: "61.23",
      vat: "14.08",
      gross: "75.31",
      lines: [line],
    });
    const correction = {
      type: "invoice",
      id: "ID-FK",
      customer: "ID-C",
      number: "FK/ID",
      kind: "correction",
      corrects: "ID-F",
      correctionReason: "Błędny odczyt",
      issueDate: "2025-02-10",
      dueDate: "2025-02-24",
      net: "-6.12",
      vat: "-1.41",
      gross: "-7.53",
      lines: [
        {
          description: "Energia",
          quantity: "-10",
          unit: "kWh",
          net: "-6.12",
          vatRate: "23",
          vat: "-1.41",
          gross: "-7.53",
          before: { quantity: "100", net: "61.23", vat: "14.08", gross: "75.31" },
        },
      ],
    };
    const note = {
      type: "invoice",
      id: "ID-N",
      customer: "ID-C",
      number: "NO/ID",
      kind: "interest_note",
      interest: { invoice: "ID-F", daysLate: 12, ratePercent: "11.25" },
      issueDate: "2025-03-10",
      dueDate: "2025-03-24",
      net: "1.00",
      vat: "0.00",
      gross: "1.00",
      lines: [],
    };
    const file = jsonl(customer("ID-C"), contract("ID-K", "ID-C"), point, invoice(energy()), correction, note);
    expect((await importJsonLines(handle.db, polo(), [file])).status).toBe("applied");
    const lineOf = async (id: string) => await tenantRow(handle.db, invoiceLines, "polo", invoiceLines.invoiceId, id);
    const invoiceOf = async (id: string) => await tenantRow(handle.db, invoices, "polo", invoices.id, id);
    expect(await lineOf("ID-F")).toMatchObject({
      unitPrice: "0.61234",
      meterNumber: "M-77",
      tariff: "G11",
      readingFrom: { date: "2024-12-31", value: "1000.5", source: "actual" },
      readingTo: { date: "2025-01-31", value: "1100.5", source: "estimated" },
      before: null,
    });
    expect((await lineOf("ID-FK"))!.before).toEqual({ quantity: "100", net: 6123, vat: 1408, gross: 7531 });
    expect(await invoiceOf("ID-FK")).toMatchObject({ correctionReason: "Błędny odczyt" });
    expect(await invoiceOf("ID-N")).toMatchObject({ interestInvoiceId: "ID-F", interestDaysLate: 12, interestRatePercent: "11.25" });

    const before = await snapshot(handle.db, "polo");
    expect((await importJsonLines(handle.db, polo(), [file])).status).toBe("applied");
    expect(await snapshot(handle.db, "polo")).toEqual(before);
    expect((await importJsonLines(handle.db, polo(), [jsonl(invoice(energy(reading("2025-01-31", "1100.5", "customer"))))])).status).toBe("applied");
    expect((await lineOf("ID-F"))!.readingTo).toEqual({ date: "2025-01-31", value: "1100.5", source: "customer" });

    const bad = await importJsonLines(handle.db, polo(), [
      jsonl(
        invoice({ ...energy(), unitPrice: "0.612345" }),
        invoice({ ...energy(), readingFrom: reading("2025-02-01", "1000.5") }),
        invoice({ ...energy(), readingTo: reading("2025-01-31", "1100.5", "guess") }),
        { ...note, interest: { invoice: "ID-NOPE", daysLate: 12, ratePercent: "11.25" } },
        { ...note, interest: { ...note.interest, daysLate: 0 } },
        { ...correction, kind: "invoice", corrects: null },
      ),
    ]);
    expect(bad.status === "rejected" && bad.errors).toEqual([
      { line: 1, reason: expect.stringContaining('pole "lines[0].unitPrice": cena jednostkowa musi mieć postać "0.61234" (najwyżej 5 miejsc po kropce') },
      { line: 2, reason: 'pole "lines[0].readingTo.date": odczyt końcowy jest wcześniejszy niż początkowy' },
      { line: 3, reason: expect.stringContaining('pole "lines[0].readingTo.source" ma niedozwoloną wartość "guess"') },
      { line: 4, reason: 'nieznana faktura "ID-NOPE"' },
      { line: 5, reason: 'pole "interest.daysLate": liczba dni opóźnienia musi być większa od zera' },
      {
        line: 6,
        reason:
          'pole "correctionReason": pole "correctionReason" dotyczy tylko faktur korygujących; pole "lines[0].before": pole "before" dotyczy tylko pozycji faktur korygujących',
      },
    ]);
  });

  it("stores point.selfReading, readingWindow and zones (docs/import-format.md §3); bad values name their line and write nothing; a repeated file changes nothing", async () => {
    const selfPoint = (id: string, extra: object = {}) => ({ ...pointRecord(id, "SR-K", `PL-${id}`, "electricity"), ...extra });
    const file = jsonl(
      customer("SR-C"),
      contract("SR-K", "SR-C"),
      selfPoint("SR-P1", { selfReading: true, zones: ["day", "night"], readingWindow: { from: 25, to: 5 } }),
      selfPoint("SR-P2"),
    );
    expect((await importJsonLines(handle.db, polo(), [Buffer.from(file)])).status).toBe("applied");
    const stored = async (id: string) => {
      const row = await tenantRow(handle.db, points, "polo", points.id, id);
      return row && { selfReading: row.selfReading, from: row.readingWindowFrom, to: row.readingWindowTo, zones: row.zones };
    };
    expect(await stored("SR-P1")).toEqual({ selfReading: true, from: 25, to: 5, zones: ["day", "night"] });
    expect(await stored("SR-P2")).toEqual({ selfReading: false, from: null, to: null, zones: ["all"] });
    const before = await snapshot(handle.db, "polo");
    expect((await importJsonLines(handle.db, polo(), [Buffer.from(file)])).status).toBe("applied");
    expect(await snapshot(handle.db, "polo")).toEqual(before);

    const bad = await importJsonLines(handle.db, polo(), [
      Buffer.from(
        jsonl(
          selfPoint("SR-P2", { selfReading: true }),
          selfPoint("SR-P3", { selfReading: "tak" }),
          selfPoint("SR-P4", { readingWindow: { from: 0, to: 5 } }),
          selfPoint("SR-P5", { readingWindow: { from: 5 } }),
          selfPoint("SR-P6", { readingWindow: { from: 2.5, to: 32 } }),
          selfPoint("SR-P7", { zones: ["night", "day"] }),
          selfPoint("SR-P8", { zones: ["all", "day"] }),
        ),
      ),
    ]);
    expect(bad.status === "rejected" && bad.errors).toEqual([
      { line: 2, reason: expect.stringContaining('"selfReading"') },
      { line: 3, reason: expect.stringContaining("dzień miesiąca musi być liczbą od 1 do 31") },
      { line: 4, reason: expect.stringContaining('"readingWindow.to"') },
      { line: 5, reason: expect.stringMatching(/dzień miesiąca musi być liczbą całkowitą.*dzień miesiąca musi być liczbą od 1 do 31/) },
      { line: 6, reason: expect.stringContaining('strefy muszą mieć postać ["all"] albo ["day","night"]') },
      { line: 7, reason: expect.stringContaining('strefy muszą mieć postać ["all"] albo ["day","night"]') },
    ]);
    expect(await snapshot(handle.db, "polo")).toEqual(before);
  });
});
