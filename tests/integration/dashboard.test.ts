import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { tickets } from "@/db/schema";
import { consumptionAtGlance } from "@/lib/dashboard/consumption";
import { nextPayment } from "@/lib/dashboard/next-payment";
import { balanceOf } from "@/lib/billing/balance";
import { quotePayment } from "@/lib/payments/quote";
import { documentCount } from "@/components/dashboard/next-payment-tile";
import { ticketsAtGlance } from "@/lib/dashboard/tickets";
import { setupTestDb } from "../helpers/db";
import { addCustomerWithDocuments, addPayment } from "./billing-world";
import { importOwners, point, usage } from "./points-world";
import { polo, polsp } from "./registration-world";
import { staffMessage, ticketCustomer } from "./tickets-world";
import { customerScope } from "../helpers/scope";

const handle = setupTestDb();
// 21.11.2026 in Warsaw: the last full month is October 2026, compared with October 2025.
const at = new Date("2026-11-21T10:00:00Z");
const today = "2026-11-21";

beforeAll(async () => {
  const db = handle.db;
  await addCustomerWithDocuments(db, "polo", "NP", [
    { id: "N1", gross: 100_00, dueDate: "2026-09-15" },
    { id: "N2", gross: 200_00, dueDate: "2026-10-15" },
    { id: "N3", gross: 50_00, dueDate: "2026-12-10" },
  ]);
  // Paid to N1 in full and 30 zł of the pool goes to N2, oldest due first.
  await addPayment(db, "polo", "NP", "NPP1", 100_00, "2026-09-10", "N1");
  await addPayment(db, "polo", "NP", "NPP2", 30_00, "2026-10-30");
  await addCustomerWithDocuments(db, "polo", "FUT", [
    { id: "F2", gross: 40_00, dueDate: "2027-01-10" },
    { id: "F1", gross: 25_00, dueDate: "2026-12-05" },
  ]);
  await addCustomerWithDocuments(db, "polo", "PAID", [{ id: "PD1", gross: 10_00, dueDate: "2026-10-01" }]);
  await addPayment(db, "polo", "PAID", "PDP1", 10_00, "2026-09-20");
  // Three overdue documents: one partly paid, one reduced by a correction; two due on the same later date.
  await addCustomerWithDocuments(db, "polo", "OV", [
    { id: "O1", gross: 100_00, dueDate: "2026-08-10" },
    { id: "O2", gross: 200_00, dueDate: "2026-09-10" },
    { id: "O2K", gross: -50_00, dueDate: "2026-09-20", kind: "correction", correctsId: "O2" },
    { id: "O3", gross: 80_00, dueDate: "2026-10-10" },
    { id: "O4", gross: 60_00, dueDate: "2026-12-15", issueDate: "2026-11-15" },
    { id: "O5", gross: 15_00, dueDate: "2026-12-15", issueDate: "2026-11-15", kind: "interest_note" },
    { id: "O6", gross: 99_00, dueDate: "2027-01-15", issueDate: "2026-11-15" },
  ]);
  await addPayment(db, "polo", "OV", "OVP1", 30_00, "2026-10-05", "O3");
  // Only overdue documents, nothing ahead.
  await addCustomerWithDocuments(db, "polo", "LATE", [{ id: "L1", gross: 70_00, dueDate: "2026-11-01" }]);
  // A refund paid out (a negative payment) and a payment naming no document: the balance is not the open documents' sum.
  await addCustomerWithDocuments(db, "polo", "REF", [
    { id: "R1", gross: 100_00, dueDate: "2026-10-01" },
    { id: "R2", gross: 50_00, dueDate: "2026-12-01", issueDate: "2026-11-10" },
  ]);
  await addPayment(db, "polo", "REF", "REFP1", 120_00, "2026-09-01");
  await addPayment(db, "polo", "REF", "REFP2", -40_00, "2026-09-15");
  // Overpaid: a payment larger than everything issued.
  await addCustomerWithDocuments(db, "polo", "OVER", [{ id: "V1", gross: 100_00, dueDate: "2026-10-01" }]);
  await addPayment(db, "polo", "OVER", "OVERP1", 130_00, "2026-09-20");
  // The same customer id at another seller, with an older debt: never shown at POLO (S14).
  await addCustomerWithDocuments(db, "polsp", "NP", [{ id: "N0", gross: 999_00, dueDate: "2026-01-01" }]);

  await importOwners(db, polo, "G", [
    point("GA1", "GKA", "electricity"),
    point("GA2", "GKA", "electricity"),
    point("GD1", "GKD", "electricity"),
    usage("GA1", "2026-10-01", "2026-10-31", "96.8"),
    usage("GA1", "2025-10-01", "2025-10-31", "100"),
    // GA2 has October 2026 but not October 2025: a figure without a change.
    usage("GA2", "2026-10-01", "2026-10-31", "40"),
    usage("GA2", "2025-09-01", "2025-09-30", "50"),
    usage("GD1", "2026-10-01", "2026-10-31", "1"),
  ]);
  await importOwners(db, polsp, "G", [point("GA1", "GKA", "gas"), usage("GA1", "2026-10-01", "2026-10-31", "5", "m3")]);
});

describe("Najbliższa płatność", () => {
  it("shows the overdue total after allocation and the next amount falling due with its date", async () => {
    expect(await nextPayment(customerScope(handle.db, "polo", "NP"), today)).toEqual({
      overdue: { amount: 170_00, count: 1 },
      upcoming: { amount: 50_00, dueDate: "2026-12-10", count: 1, number: "FV/N3" },
    });
  });

  it("sums every overdue document (partly paid, corrected) and every document due on the next date", async () => {
    // O1 100 + O2 200 − 50 correction + O3 80 − 30 paid = 300 overdue in 3 documents; O4 + O5 on 15.12.
    expect(await nextPayment(customerScope(handle.db, "polo", "OV"), today)).toEqual({
      overdue: { amount: 300_00, count: 3 },
      upcoming: { amount: 75_00, dueDate: "2026-12-15", count: 2, number: null },
    });
  });

  it("nothing overdue: only the next due, the earliest date, not the first imported", async () => {
    expect(await nextPayment(customerScope(handle.db, "polo", "FUT"), today)).toEqual({
      overdue: { amount: 0, count: 0 },
      upcoming: { amount: 25_00, dueDate: "2026-12-05", count: 1, number: "FV/F1" },
    });
  });

  it("nothing ahead: only the overdue total", async () => {
    expect(await nextPayment(customerScope(handle.db, "polo", "LATE"), today)).toEqual({ overdue: { amount: 70_00, count: 1 }, upcoming: null });
  });

  it("is none when everything is paid, and S14: another seller's documents of the same id never count", async () => {
    expect(await nextPayment(customerScope(handle.db, "polo", "PAID"), today)).toBeNull();
    expect(await nextPayment(customerScope(handle.db, "polo", "OVER"), today)).toBeNull();
    expect(await nextPayment(customerScope(handle.db, "polsp", "PAID"), today)).toBeNull();
    expect((await nextPayment(customerScope(handle.db, "polsp", "NP"), today))?.overdue).toEqual({ amount: 999_00, count: 1 });
  });

  it("counts documents in Polish: 1 dokument, 2–4 dokumenty, 5+ dokumentów, 12–14 dokumentów, 22 dokumenty", () => {
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 112, 122].map(documentCount)).toEqual([
      "1 dokument",
      "2 dokumenty",
      "4 dokumenty",
      "5 dokumentów",
      "11 dokumentów",
      "12 dokumentów",
      "14 dokumentów",
      "21 dokumentów",
      "22 dokumenty",
      "25 dokumentów",
      "112 dokumentów",
      "122 dokumenty",
    ]);
  });
});

describe("Zapłać wszystko", () => {
  it("charges exactly the balance of Aktualne saldo when it differs from the open documents' sum (refund, payment without a document)", async () => {
    const balance = await balanceOf(customerScope(handle.db, "polo", "REF"), today);
    // 150 issued − 120 paid + 40 refunded = 70; the allocation leaves only R2's 30 open.
    expect(balance).toBe(70_00);
    const quote = await quotePayment(customerScope(handle.db, "polo", "REF"), { kind: "all" }, today);
    expect(quote).toMatchObject({ ok: true, amount: 70_00 });
  });

  it("charges the balance spread over the open documents when they add up to it", async () => {
    const balance = await balanceOf(customerScope(handle.db, "polo", "OV"), today);
    const quote = await quotePayment(customerScope(handle.db, "polo", "OV"), { kind: "all" }, today);
    expect(balance).toBe(474_00);
    expect(quote).toMatchObject({ ok: true, amount: balance });
    if (quote.ok) expect(quote.lines.reduce((sum, l) => sum + l.amount, 0)).toBe(balance);
  });

  it("offers nothing to pay when the balance is an overpayment or zero", async () => {
    expect(await balanceOf(customerScope(handle.db, "polo", "OVER"), today)).toBe(-30_00);
    expect(await quotePayment(customerScope(handle.db, "polo", "OVER"), { kind: "all" }, today)).toEqual({ ok: false, reason: "nothing-to-pay" });
    expect(await quotePayment(customerScope(handle.db, "polo", "PAID"), { kind: "all" }, today)).toEqual({ ok: false, reason: "nothing-to-pay" });
  });
});

describe("Zużycie", () => {
  it("shows the last full month and its change against a year earlier; a missing month gives no %", async () => {
    const glance = await consumptionAtGlance(customerScope(handle.db, "polo", "GA"), at);
    expect(glance.map(({ id, month, quantity, changePercent, unit }) => ({ id, month, quantity, changePercent, unit }))).toEqual([
      { id: "GA1", month: "2026-10", quantity: "96.8", changePercent: -3.2, unit: "kWh" },
      { id: "GA2", month: "2026-10", quantity: "40", changePercent: null, unit: "kWh" },
    ]);
  });

  it("S13: shows the payer the points of the contract it pays, never a draft's or another customer's", async () => {
    expect((await consumptionAtGlance(customerScope(handle.db, "polo", "GP"), at)).map((p) => p.id)).toEqual(["GA1", "GA2"]);
    expect(await consumptionAtGlance(customerScope(handle.db, "polo", "GB"), at)).toEqual([]);
  });

  it("S14: the same point id at another seller has that seller's figures", async () => {
    expect(await consumptionAtGlance(customerScope(handle.db, "polsp", "GA"), at)).toMatchObject([
      { id: "GA1", quantity: "5", unit: "m3", changePercent: null },
    ]);
  });
});

describe("Otwarte zgłoszenia", () => {
  it("counts the tickets not closed and the unread office replies, never internal notes, and lists the 3 newest", async () => {
    const db = handle.db;
    const { account } = await ticketCustomer(db);
    const make = async (subject: string, status: "new" | "in_progress" | "answered" | "closed", minutes: number) => {
      const [row] = await db
        .insert(tickets)
        .values({
          tenantId: "polo",
          customerId: account.customerId,
          number: `T/${randomUUID()}`,
          category: "inne",
          subject,
          status,
          createdAt: new Date(at.getTime() + minutes * 60_000),
        })
        .returning();
      return row!.id;
    };
    const first = await make("Pierwsze", "answered", 1);
    await make("Drugie", "closed", 2);
    await make("Trzecie", "in_progress", 3);
    await make("Czwarte", "new", 4);
    await staffMessage(db, "polo", first, "Odpowiedź biura");
    await staffMessage(db, "polo", first, "Druga odpowiedź");
    await staffMessage(db, "polo", first, "Notatka wewnętrzna", true);
    const other = await ticketCustomer(db);
    await db
      .insert(tickets)
      .values({ tenantId: "polo", customerId: other.account.customerId, number: `T/${randomUUID()}`, category: "inne", subject: "Cudze", status: "new" });

    const glance = await ticketsAtGlance(customerScope(db, "polo", account.customerId));
    expect(glance.open).toBe(3);
    expect(glance.unread).toBe(2);
    expect(glance.newest.map((t) => [t.subject, t.status])).toEqual([
      ["Czwarte", "new"],
      ["Trzecie", "in_progress"],
      ["Drugie", "closed"],
    ]);
    expect(await ticketsAtGlance(customerScope(db, "polsp", account.customerId))).toEqual({ open: 0, unread: 0, newest: [] });
  });
});
