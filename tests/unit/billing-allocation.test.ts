import { describe, expect, it } from "vitest";
import { allocate, type AllocDocument } from "@/lib/billing/allocation";
import { describeBalance } from "@/lib/billing/balance";

const doc = (id: string, gross: number, dueDate: string, extra: Partial<AllocDocument> = {}): AllocDocument => ({
  id,
  kind: "invoice",
  correctsId: null,
  issueDate: dueDate,
  dueDate,
  gross,
  ...extra,
});
const today = "2026-11-21";

describe("allocation of payments (docs/portal.md §4)", () => {
  it("a payment naming a document pays that one, not the oldest", () => {
    const result = allocate([doc("A", 100_00, "2026-09-01"), doc("B", 50_00, "2026-12-01")], [{ id: "P", invoiceId: "B", amount: 50_00 }], today);
    expect(result.get("B")).toEqual({ status: "paid", remaining: 0, paid: 50_00 });
    expect(result.get("A")).toEqual({ status: "overdue", remaining: 100_00, paid: 0 });
  });

  it("payments without a document go oldest-due-first and leave the newer partly paid", () => {
    const result = allocate([doc("NEW", 100_00, "2026-12-10"), doc("OLD", 100_00, "2026-12-01")], [{ id: "P", invoiceId: null, amount: 150_00 }], today);
    expect(result.get("OLD")!.status).toBe("paid");
    expect(result.get("NEW")).toEqual({ status: "unpaid", remaining: 50_00, paid: 50_00 });
  });

  it("what a payment pays over its document goes to the next open one", () => {
    const result = allocate([doc("A", 100_00, "2026-12-01"), doc("B", 30_00, "2026-12-05")], [{ id: "P", invoiceId: "A", amount: 120_00 }], today);
    expect(result.get("A")!.status).toBe("paid");
    expect(result.get("B")!.remaining).toBe(10_00);
  });

  it("a correction with negative gross reduces the invoice it corrects", () => {
    const result = allocate(
      [doc("FV", 100_00, "2026-12-01"), doc("KOR", -40_00, "2026-12-01", { kind: "correction", correctsId: "FV" })],
      [{ id: "P", invoiceId: "FV", amount: 60_00 }],
      today,
    );
    expect(result.get("FV")).toEqual({ status: "paid", remaining: 0, paid: 100_00 });
    expect(result.get("KOR")!.status).toBe("paid");
  });

  it("an interest note is a document to pay like an invoice", () => {
    const result = allocate([doc("NO", 12_34, "2026-11-01", { kind: "interest_note" })], [], today);
    expect(result.get("NO")).toEqual({ status: "overdue", remaining: 12_34, paid: 0 });
  });

  it("overdue means due before today in Warsaw: due today is still only unpaid", () => {
    const result = allocate([doc("TODAY", 10_00, today), doc("YESTERDAY", 10_00, "2026-11-20")], [], today);
    expect(result.get("TODAY")!.status).toBe("unpaid");
    expect(result.get("YESTERDAY")!.status).toBe("overdue");
  });

  it("a partly paid document after its due date is overdue with the rest to pay", () => {
    const result = allocate([doc("A", 100_00, "2026-10-01")], [{ id: "P", invoiceId: null, amount: 25_50 }], today);
    expect(result.get("A")).toEqual({ status: "overdue", remaining: 74_50, paid: 25_50 });
  });
});

describe("balance wording", () => {
  it("says due, overpaid and nothing due in words", () => {
    expect(describeBalance(1234_56)).toEqual({ kind: "due", label: "Do zapłaty:", grosze: 1234_56 });
    expect(describeBalance(-10_00)).toEqual({ kind: "overpaid", label: "Nadpłata:", grosze: 10_00 });
    expect(describeBalance(0)).toEqual({ kind: "zero", label: "Brak należności", grosze: 0 });
  });
});
