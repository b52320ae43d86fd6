import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { tickets } from "@/db/schema";
import { consumptionAtGlance } from "@/lib/dashboard/consumption";
import { nextPayment } from "@/lib/dashboard/next-payment";
import { ticketsAtGlance } from "@/lib/dashboard/tickets";
import { createTestDb } from "../helpers/db";
import { addCustomer, addDocuments, addPayment } from "./billing-world";
import { importOwners, point, usage } from "./points-world";
import { polo, polsp } from "./registration-world";
import { staffMessage, ticketCustomer } from "./tickets-world";

let handle: DbHandle;
// 21.11.2026 in Warsaw: the last full month is October 2026, compared with October 2025.
const at = new Date("2026-11-21T10:00:00Z");
const today = "2026-11-21";

beforeAll(async () => {
  handle = await createTestDb();
  const db = handle.db;
  await addCustomer(db, "polo", "NP");
  await addDocuments(db, "polo", "NP", [
    { id: "N1", gross: 100_00, dueDate: "2026-09-15" },
    { id: "N2", gross: 200_00, dueDate: "2026-10-15" },
    { id: "N3", gross: 50_00, dueDate: "2026-12-10" },
  ]);
  // Paid to N1 in full and 30 zł of the pool goes to N2, oldest due first.
  await addPayment(db, "polo", "NP", "NPP1", 100_00, "2026-09-10", "N1");
  await addPayment(db, "polo", "NP", "NPP2", 30_00, "2026-10-30");
  await addCustomer(db, "polo", "FUT");
  await addDocuments(db, "polo", "FUT", [
    { id: "F2", gross: 40_00, dueDate: "2027-01-10" },
    { id: "F1", gross: 25_00, dueDate: "2026-12-05" },
  ]);
  await addCustomer(db, "polo", "PAID");
  await addDocuments(db, "polo", "PAID", [{ id: "PD1", gross: 10_00, dueDate: "2026-10-01" }]);
  await addPayment(db, "polo", "PAID", "PDP1", 10_00, "2026-09-20");
  // The same customer id at another seller, with an older debt: never shown at POLO (S14).
  await addCustomer(db, "polsp", "NP");
  await addDocuments(db, "polsp", "NP", [{ id: "N0", gross: 999_00, dueDate: "2026-01-01" }]);

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
afterAll(async () => handle.close());

describe("Najbliższa płatność", () => {
  it("is the open document with the earliest due date, overdue, with what is still due after allocation", async () => {
    expect(await nextPayment(handle.db, "polo", "NP", today)).toEqual({ id: "N2", number: "FV/N2", remaining: 170_00, dueDate: "2026-10-15", overdue: true, openCount: 2 });
  });

  it("picks the earliest due date, not the first imported, and is not overdue before its date", async () => {
    expect(await nextPayment(handle.db, "polo", "FUT", today)).toMatchObject({ id: "F1", remaining: 25_00, dueDate: "2026-12-05", overdue: false });
  });

  it("is none when everything is paid, and S14: another seller's documents of the same id never count", async () => {
    expect(await nextPayment(handle.db, "polo", "PAID", today)).toBeNull();
    expect(await nextPayment(handle.db, "polsp", "PAID", today)).toBeNull();
    expect((await nextPayment(handle.db, "polsp", "NP", today))?.id).toBe("N0");
  });
});

describe("Zużycie", () => {
  it("shows the last full month and its change against a year earlier; a missing month gives no %", async () => {
    const glance = await consumptionAtGlance(handle.db, "polo", "GA", at);
    expect(glance.map(({ id, month, quantity, changePercent, unit }) => ({ id, month, quantity, changePercent, unit }))).toEqual([
      { id: "GA1", month: "2026-10", quantity: "96.8", changePercent: -3.2, unit: "kWh" },
      { id: "GA2", month: "2026-10", quantity: "40", changePercent: null, unit: "kWh" },
    ]);
  });

  it("S13: shows the payer the points of the contract it pays, never a draft's or another customer's", async () => {
    expect((await consumptionAtGlance(handle.db, "polo", "GP", at)).map((p) => p.id)).toEqual(["GA1", "GA2"]);
    expect(await consumptionAtGlance(handle.db, "polo", "GB", at)).toEqual([]);
  });

  it("S14: the same point id at another seller has that seller's figures", async () => {
    expect(await consumptionAtGlance(handle.db, "polsp", "GA", at)).toMatchObject([{ id: "GA1", quantity: "5", unit: "m3", changePercent: null }]);
  });
});

describe("Otwarte zgłoszenia", () => {
  it("counts the tickets not closed and the unread office replies, never internal notes, and lists the 3 newest", async () => {
    const db = handle.db;
    const { account } = await ticketCustomer(db);
    const make = async (subject: string, status: "new" | "in_progress" | "answered" | "closed", minutes: number) => {
      const [row] = await db
        .insert(tickets)
        .values({ tenantId: "polo", customerId: account.customerId, category: "inne", subject, status, createdAt: new Date(at.getTime() + minutes * 60_000) })
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
    await db.insert(tickets).values({ tenantId: "polo", customerId: other.account.customerId, category: "inne", subject: "Cudze", status: "new" });

    const glance = await ticketsAtGlance(db, "polo", account.customerId);
    expect(glance.open).toBe(3);
    expect(glance.unread).toBe(2);
    expect(glance.newest.map((t) => [t.subject, t.status])).toEqual([
      ["Czwarte", "new"],
      ["Trzecie", "in_progress"],
      ["Drugie", "closed"],
    ]);
    expect(await ticketsAtGlance(db, "polsp", account.customerId)).toEqual({ open: 0, unread: 0, newest: [] });
  });
});
