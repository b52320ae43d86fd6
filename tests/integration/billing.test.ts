import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { customers, onlinePayments } from "@/db/schema";
import { balanceOf } from "@/lib/billing/balance";
import { balanceGlance } from "@/lib/dashboard/glance";
import { onlineSummary } from "@/lib/payments/records";
import { customerBankAccount } from "@/lib/payments/bank-account";
import { documentDetail } from "@/lib/billing/detail";
import { listDocuments, openDocuments } from "@/lib/billing/documents";
import { defaultQuery, parseListQuery } from "@/lib/billing/list-query";
import { paymentHistory } from "@/lib/billing/payment-history";
import { now, setClockOffsetSeconds } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import { setupTestDb } from "../helpers/db";
import { addCustomer, addCustomerWithDocuments, addDocuments, addLine, addPayment } from "./billing-world";
import { customerScope } from "../helpers/scope";

const handle = setupTestDb();
const today = "2026-11-21";

beforeAll(async () => {
  const db = handle.db;
  await addCustomerWithDocuments(db, "polo", "DUE", [
    { id: "D1", gross: 100_00, dueDate: "2026-09-15" },
    { id: "D2", gross: 200_00, dueDate: "2026-10-15" },
    { id: "D3", gross: -50_00, dueDate: "2026-10-20", kind: "correction", correctsId: "D2" },
    { id: "D4", gross: 12_34, issueDate: "2026-11-15", dueDate: "2026-12-01", kind: "interest_note" },
  ]);
  await addLine(db, "polo", "D1", 100_00);
  await addPayment(db, "polo", "DUE", "DP1", 100_00, "2026-09-10", "D1");
  await addPayment(db, "polo", "DUE", "DP2", 60_00, "2026-10-30");
  await addCustomerWithDocuments(db, "polo", "OVER", [{ id: "O1", gross: 80_00, dueDate: "2026-10-01" }]);
  await addPayment(db, "polo", "OVER", "OP1", 100_00, "2026-09-20");
  await addCustomerWithDocuments(db, "polo", "ZERO", [{ id: "Z1", gross: 55_55, dueDate: "2026-10-01" }]);
  await addPayment(db, "polo", "ZERO", "ZP1", 55_55, "2026-09-30", "Z1");
  // The same customer and document ids in another tenant, with other amounts (S14).
  await addCustomerWithDocuments(db, "polsp", "DUE", [{ id: "D1", gross: 999_99, dueDate: "2026-09-15" }]);
});

afterAll(() => setClockOffsetSeconds(0));

describe("balance (docs/portal.md §4)", () => {
  it("is the documents' gross minus the payments for due, overpaid and zero customers", async () => {
    expect(await balanceOf(customerScope(handle.db, "polo", "DUE"), today)).toBe(100_00 + 200_00 - 50_00 + 12_34 - 160_00);
    expect(await balanceOf(customerScope(handle.db, "polo", "OVER"), today)).toBe(-20_00);
    expect(await balanceOf(customerScope(handle.db, "polo", "ZERO"), today)).toBe(0);
  });
});

describe("Pulpit's balance glance (lib/dashboard/glance.ts)", () => {
  it("says in one statement what balanceOf, onlineSummary and customerBankAccount say, for this tenant's customer only", async () => {
    const db = handle.db;
    const at = new Date(`${today}T12:00:00Z`);
    await addCustomerWithDocuments(db, "polo", "GLANCE", [{ id: "G1", gross: 300_00, dueDate: "2026-11-01" }]);
    await addCustomerWithDocuments(db, "polsp", "GLANCE", [{ id: "G1", gross: 999_00, dueDate: "2026-11-01" }]);
    await db
      .update(customers)
      .set({ bankAccount: "61109010140000071219812874" })
      .where(and(eq(customers.tenantId, "polo"), eq(customers.id, "GLANCE")));
    const online = { tenantId: "polo", customerId: "GLANCE", currency: "PLN", gateway: "p24", invoiceIds: ["G1"] };
    await db.insert(onlinePayments).values([
      {
        ...online,
        sessionId: "glance-paid",
        amount: 100_00,
        status: "paid",
        paidAt: new Date(`${today}T08:00:00Z`),
        items: [{ invoiceId: "G1", amount: 100_00 }],
      },
      { ...online, sessionId: "glance-pending", amount: 50_00, status: "pending", createdAt: new Date(at.getTime() - 60_000) },
      { ...online, tenantId: "polsp", sessionId: "glance-other", amount: 7_00, status: "paid", paidAt: new Date(`${today}T08:00:00Z`) },
    ]);
    const scope = customerScope(db, "polo", "GLANCE");
    const glance = await balanceGlance(scope, today, at);
    expect(glance).toEqual({ balance: 200_00, online: { processing: 100_00, pending: 50_00 }, bankAccount: "61109010140000071219812874" });
    expect(glance).toEqual({ balance: await balanceOf(scope, today), online: await onlineSummary(scope, at), bankAccount: await customerBankAccount(scope) });
    expect(await balanceGlance(customerScope(db, "polsp", "GLANCE"), today, at)).toEqual({
      balance: 992_00,
      online: { processing: 7_00, pending: 0 },
      bankAccount: null,
    });
  });
});

describe("document statuses", () => {
  it("allocates named, unnamed payments and the correction, and marks overdue by date", async () => {
    const { rows } = await listDocuments(customerScope(handle.db, "polo", "DUE"), defaultQuery, today);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.D1).toMatchObject({ status: "paid", remaining: 0 });
    expect(byId.D2).toMatchObject({ status: "overdue", remaining: 90_00 });
    expect(byId.D4).toMatchObject({ status: "unpaid", remaining: 12_34 });
    expect((await openDocuments(customerScope(handle.db, "polo", "DUE"), today)).map((d) => d.id)).toEqual(["D2", "D4"]);
  });

  it("an unpaid document turns overdue once lib/clock passes its due date (Warsaw)", async () => {
    const statusAt = async (instant: string) => {
      setClockOffsetSeconds(Math.round((Date.parse(instant) - Date.now()) / 1000));
      return (await documentDetail(customerScope(handle.db, "polo", "DUE"), "D4", warsawDate(now())))?.status;
    };
    try {
      // D4 is due 01.12.2026: still "unpaid" on its due day, overdue from the next Warsaw day.
      expect(await statusAt("2026-12-01T22:30:00Z")).toBe("unpaid");
      expect(await statusAt("2026-12-01T23:30:00Z")).toBe("overdue");
    } finally {
      setClockOffsetSeconds(0);
    }
  });
});

describe("filters, sorting, pagination", () => {
  it("filters by kind, status, dates and contract and sorts by amount", async () => {
    const list = (params: Record<string, string>) => listDocuments(customerScope(handle.db, "polo", "DUE"), parseListQuery(params), today);
    expect((await list({ rodzaj: "correction" })).rows.map((r) => r.id)).toEqual(["D3"]);
    expect((await list({ status: "overdue" })).rows.map((r) => r.id)).toEqual(["D2"]);
    expect((await list({ od: "2026-10-01", do: "2026-10-31" })).rows.map((r) => r.id)).toEqual(["D3", "D2"]);
    expect((await list({ sortuj: "due", kierunek: "asc" })).rows.map((r) => r.id)).toEqual(["D1", "D2", "D3", "D4"]);
    expect((await list({ umowa: "nie-moja" })).total).toBe(0);
    expect((await list({ umowa: "DUE-K" })).total).toBe(4);
    expect((await list({ sortuj: "amount", kierunek: "asc" })).rows.map((r) => r.id)).toEqual(["D3", "D4", "D1", "D2"]);
  });

  it("pages 500 documents 25 at a time with the right total", async () => {
    await addCustomer(handle.db, "polo", "MANY");
    const docs = Array.from({ length: 500 }, (_, i) => ({
      id: `M${i}`,
      gross: 1_00 + i,
      dueDate: `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    }));
    await addDocuments(handle.db, "polo", "MANY", docs);
    const started = performance.now();
    const page = await listDocuments(customerScope(handle.db, "polo", "MANY"), parseListQuery({ strona: "20", sortuj: "amount", kierunek: "asc" }), today);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(page).toMatchObject({ total: 500, page: 20, pages: 20 });
    expect(page.rows).toHaveLength(25);
    expect(page.rows[0]!.gross).toBe(1_00 + 475);
    const past = await listDocuments(customerScope(handle.db, "polo", "MANY"), parseListQuery({ strona: "99" }), today);
    expect(past.page).toBe(20);
  });

  it("lists payments newest first, one page at a time", async () => {
    const history = await paymentHistory(customerScope(handle.db, "polo", "DUE"), 1);
    expect(history.rows.map((r) => [r.id, r.invoiceNumber])).toEqual([
      ["DP2", null],
      ["DP1", "FV/D1"],
    ]);
    expect(history.total).toBe(2);
  });
});

describe("detail", () => {
  it("shows the lines, the corrected invoice and the payments allocated to it", async () => {
    const d1 = await documentDetail(customerScope(handle.db, "polo", "DUE"), "D1", today);
    expect(d1?.lines.map((l) => l.description)).toEqual(["Energia czynna"]);
    expect(d1?.payments.map((p) => p.id)).toEqual(["DP1"]);
    expect((await documentDetail(customerScope(handle.db, "polo", "DUE"), "D3", today))?.corrected).toEqual({ id: "D2", number: "FV/D2" });
  });

  it("S13: customer A's query for customer B's document id returns nothing", async () => {
    expect(await documentDetail(customerScope(handle.db, "polo", "OVER"), "D1", today)).toBeNull();
    expect((await listDocuments(customerScope(handle.db, "polo", "OVER"), defaultQuery, today)).rows.map((r) => r.id)).toEqual(["O1"]);
    expect((await paymentHistory(customerScope(handle.db, "polo", "OVER"), 1)).rows.map((r) => r.id)).toEqual(["OP1"]);
  });

  it("S14: the same ids in two tenants stay separate", async () => {
    expect((await documentDetail(customerScope(handle.db, "polsp", "DUE"), "D1", today))?.gross).toBe(999_99);
    expect((await documentDetail(customerScope(handle.db, "polo", "DUE"), "D1", today))?.gross).toBe(100_00);
    expect(await documentDetail(customerScope(handle.db, "mpec", "DUE"), "D1", today)).toBeNull();
    expect(await balanceOf(customerScope(handle.db, "polsp", "DUE"), today)).toBe(999_99);
    expect((await listDocuments(customerScope(handle.db, "polsp", "DUE"), defaultQuery, today)).total).toBe(1);
  });
});
