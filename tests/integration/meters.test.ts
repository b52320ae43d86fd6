import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "@/tests/helpers/db";
import type { DbHandle } from "@/db/client";
import { auditLog, exportEvents, readings } from "@/db/schema";
import { now, addDays } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import { submitReading, type SubmitContext } from "@/lib/meters/submit-reading";
import { customerMeter, customerMeters } from "@/lib/meters/queries";
import { mpec, polsp } from "./registration-world";
import { importOwners, point, reading } from "./points-world";

let handle: DbHandle;
const today = () => warsawDate(now());
const daysAgo = (n: number) => warsawDate(addDays(now(), -n));
const ctx = (customerId: string, tenantId = "mpec"): SubmitContext => ({ tenantId, customerId, accountId: `acc-${customerId}`, ip: "203.0.113.9", userAgent: "vitest" });

beforeAll(async () => {
  handle = await createTestDb();
  await importOwners(handle.db, mpec, "R", [
    point("RA1", "RKA", "heat"),
    point("RA2", "RKA", "heat", { meterNumber: undefined }),
    point("RA3", "RKA", "heat"),
    point("RB1", "RKB", "heat"),
    reading("r1", "RA1", daysAgo(60), "1234.5", "actual"),
    // An estimate after the last actual reading: the actual one sets the lower bound, the estimate the date.
    reading("r2", "RA1", daysAgo(30), "1000", "estimated"),
  ]);
  await importOwners(handle.db, polsp, "R", [point("RA1", "RKB", "electricity")]);
});
afterAll(async () => handle.close());

const issuesOf = (result: Awaited<ReturnType<typeof submitReading>>) => (!result.ok && !result.notFound ? result.issues : []);

describe("Liczniki", () => {
  it("lists the customer's points with a meter and their readings, newest first", async () => {
    const meters = await customerMeters(handle.db, "mpec", "RA");
    expect(meters.map((m) => m.point.id)).toEqual(["RA1", "RA3"]);
    expect(meters[0]!.readings.map((r) => [r.id, r.source])).toEqual([["r2", "estimated"], ["r1", "actual"]]);
  });

  it("S13: another customer's meter is not found, for reading and for submitting", async () => {
    expect(await customerMeter(handle.db, "mpec", "RA", "RB1")).toBeNull();
    expect(await submitReading(handle.db, ctx("RA"), { point: "RB1", date: today(), value: "5" })).toEqual({ ok: false, notFound: true });
    expect(await submitReading(handle.db, ctx("RA"), { point: "RA2", date: today(), value: "5" })).toEqual({ ok: false, notFound: true });
    const stored = await handle.db.select().from(readings).where(and(eq(readings.tenantId, "mpec"), eq(readings.pointId, "RB1")));
    expect(stored).toEqual([]);
  });

  it("S14: the same point id at another tenant is not this customer's", async () => {
    expect(await submitReading(handle.db, ctx("RA", "polsp"), { point: "RA1", date: today(), value: "5" })).toEqual({ ok: false, notFound: true });
  });
});

describe("Podaj odczyt", () => {
  it("refuses a date in the future (Warsaw today)", async () => {
    const tomorrow = warsawDate(addDays(now(), 1));
    expect(issuesOf(await submitReading(handle.db, ctx("RA"), { point: "RA1", date: tomorrow, value: "2000" }))).toEqual([
      { path: "date", message: "Data odczytu nie może być późniejsza niż dzisiejsza." },
    ]);
  });

  it("refuses a date before the last reading", async () => {
    const [issue] = issuesOf(await submitReading(handle.db, ctx("RA"), { point: "RA1", date: daysAgo(31), value: "2000" }));
    expect(issue?.path).toBe("date");
    expect(issue?.message).toMatch(/^Data odczytu nie może być wcześniejsza niż data ostatniego odczytu: \d{2}\.\d{2}\.\d{4}\.$/);
  });

  it("refuses a value below the last actual reading, naming it the Polish way", async () => {
    expect(issuesOf(await submitReading(handle.db, ctx("RA"), { point: "RA1", date: today(), value: "1234.4" }))).toEqual([
      { path: "value", message: "Wskazanie nie może być mniejsze od ostatniego odczytu rzeczywistego: 1\u00a0234,5\u00a0GJ." },
    ]);
  });

  it("stores an accepted reading with source customer, an export event and an audit row", async () => {
    const result = await submitReading(handle.db, ctx("RA"), { point: "RA1", date: today(), value: "1234.5" });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.readingId : "";
    expect(id).toMatch(/^web-[0-9a-f-]{36}$/);
    const [row] = await handle.db.select().from(readings).where(and(eq(readings.tenantId, "mpec"), eq(readings.id, id)));
    expect(row).toMatchObject({ pointId: "RA1", date: today(), unit: "GJ", zone: "all", source: "customer", submittedByAccountId: "acc-RA" });
    expect(Number(row!.value)).toBe(1234.5);
    const events = await handle.db.select().from(exportEvents).where(and(eq(exportEvents.tenantId, "mpec"), eq(exportEvents.type, "reading.submitted")));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ customerId: "RA", payload: { pointId: "RA1", date: today(), value: "1234.5", unit: "GJ" } });
    const audits = await handle.db.select().from(auditLog).where(and(eq(auditLog.tenantId, "mpec"), eq(auditLog.action, "reading.submitted")));
    expect(audits).toMatchObject([{ actorKind: "customer", actorId: "acc-RA", targetKind: "point", targetId: "RA1" }]);
    expect((await customerMeter(handle.db, "mpec", "RA", "RA1"))!.readings[0]!.id).toBe(id);
  });

  it("takes the unit by kind on a meter without readings", async () => {
    const result = await submitReading(handle.db, ctx("RA"), { point: "RA3", date: today(), value: "0" });
    expect(result.ok).toBe(true);
    const [row] = await handle.db.select().from(readings).where(and(eq(readings.tenantId, "mpec"), eq(readings.pointId, "RA3")));
    expect(row?.unit).toBe("GJ");
  });
});
