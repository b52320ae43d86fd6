import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { setupTestDb } from "@/tests/helpers/db";
import { auditLog, exportEvents, readings } from "@/db/schema";
import { now, addDays } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import { submitReading, CONFIRM_MESSAGE, type SubmitResult } from "@/lib/meters/submit-reading";
import { withdrawReading } from "@/lib/meters/withdraw-reading";
import { CORRECTION_MESSAGES } from "@/lib/meters/correctable";
import { customerMeter, customerMeters } from "@/lib/meters/queries";
import { exportPage } from "@/lib/export/export-events";
import { mpec, polsp } from "./registration-world";
import { importOwners, point, reading, usage } from "./points-world";
import { customerScope } from "../helpers/scope";

const handle = setupTestDb();
const today = () => warsawDate(now());
const daysAgo = (n: number) => warsawDate(addDays(now(), -n));
const ctx = (customerId: string, tenantId = "mpec") => customerScope(handle.db, tenantId, customerId, `acc-${customerId}`);
const request = { ip: "203.0.113.9", userAgent: "vitest" };
const input = (pointId: string, date: string, value: string, more: { replaces?: string; confirmedValue?: string } = {}) => ({
  point: pointId,
  date,
  replaces: more.replaces ?? null,
  values: [{ zone: "all" as const, value, confirmedValue: more.confirmedValue ?? null }],
});

beforeAll(async () => {
  await importOwners(handle.db, mpec, "R", [
    point("RA1", "RKA", "heat"),
    point("RA2", "RKA", "heat", { meterNumber: undefined }),
    point("RA3", "RKA", "heat"),
    point("RA4", "RKA", "heat"),
    point("RA5", "RKA", "heat"),
    point("RA6", "RKA", "heat"),
    point("RA7", "RKA", "heat"),
    point("RA8", "RKA", "heat"),
    point("RA9", "RKA", "heat"),
    point("RB1", "RKB", "heat"),
    reading("r1", "RA1", daysAgo(60), "1234.5", "actual"),
    // An estimate after the last actual reading: the actual one sets the lower bound, the estimate the date.
    reading("r2", "RA1", daysAgo(30), "1000", "estimated"),
    // RA4: the CRM replaced the meter 30 days ago; the new one started at 10.
    reading("r4a", "RA4", daysAgo(90), "5000", "actual"),
    { ...reading("r4b", "RA4", daysAgo(30), "10", "actual"), meterChange: true },
    // RA5: at most 30 GJ a month so far, last read 20 days ago at 1000 → up to 1000 + 3 × 30.
    reading("r5", "RA5", daysAgo(20), "1000", "actual"),
    // February's 30 in 28 days counts as one month; January's 25 in 31 days as 24.5 a month.
    usage("RA5", "2026-02-01", "2026-02-28", "30", "GJ"),
    usage("RA5", "2026-01-01", "2026-01-31", "25", "GJ"),
    ...["RA6", "RA7", "RA8"].map((p) => reading(`${p}-r`, p, daysAgo(20), "100", "actual")),
  ]);
  await importOwners(handle.db, polsp, "R", [point("RA1", "RKB", "electricity")]);
});

const issuesOf = (result: SubmitResult) => (!result.ok && !result.notFound ? result.issues : []);
const formErrorOf = (result: SubmitResult) => (!result.ok && !result.notFound ? result.formError : undefined);
const idOf = (result: SubmitResult) => (result.ok ? result.readingId : expect.unreachable(JSON.stringify(result)));
const live = async (pointId: string) => (await customerMeter(customerScope(handle.db, "mpec", "RA"), pointId))!.readings;
const eventsOf = async (pointId: string) =>
  (await handle.db.select().from(exportEvents).where(eq(exportEvents.tenantId, "mpec")).orderBy(exportEvents.id)).filter((e) => e.payload.pointId === pointId);

describe("Liczniki", () => {
  it("lists the customer's points with a meter and their readings, newest first", async () => {
    const meters = await customerMeters(customerScope(handle.db, "mpec", "RA"));
    expect(meters.map((m) => m.point.id)).toEqual(["RA1", "RA3", "RA4", "RA5", "RA6", "RA7", "RA8", "RA9"]);
    expect(meters[0]!.readings.map((r) => [r.id, r.source, r.correctable])).toEqual([
      ["r2", "estimated", false],
      ["r1", "actual", false],
    ]);
  });

  it("S13: another customer's meter is not found, for reading and for submitting", async () => {
    expect(await customerMeter(customerScope(handle.db, "mpec", "RA"), "RB1")).toBeNull();
    expect(await submitReading(ctx("RA"), request, input("RB1", today(), "5"))).toEqual({ ok: false, notFound: true });
    expect(await submitReading(ctx("RA"), request, input("RA2", today(), "5"))).toEqual({ ok: false, notFound: true });
    const stored = await handle.db
      .select()
      .from(readings)
      .where(and(eq(readings.tenantId, "mpec"), eq(readings.pointId, "RB1")));
    expect(stored).toEqual([]);
  });

  it("S14: the same point id at another tenant is not this customer's", async () => {
    expect(await submitReading(ctx("RA", "polsp"), request, input("RA1", today(), "5"))).toEqual({ ok: false, notFound: true });
  });
});

describe("Podaj odczyt", () => {
  it("refuses a date in the future (Warsaw today)", async () => {
    const tomorrow = warsawDate(addDays(now(), 1));
    expect(issuesOf(await submitReading(ctx("RA"), request, input("RA1", tomorrow, "2000")))).toEqual([
      { path: "date", message: "Data odczytu nie może być późniejsza niż dzisiejsza." },
    ]);
  });

  it("refuses a date before the last reading", async () => {
    const [issue] = issuesOf(await submitReading(ctx("RA"), request, input("RA1", daysAgo(31), "2000")));
    expect(issue?.path).toBe("date");
    expect(issue?.message).toMatch(/^Data odczytu nie może być wcześniejsza niż data ostatniego odczytu: \d{2}\.\d{2}\.\d{4}\.$/);
  });

  it("refuses a value below the last reading (not an estimate), naming it the Polish way", async () => {
    expect(issuesOf(await submitReading(ctx("RA"), request, input("RA1", today(), "1234.4")))).toEqual([
      {
        path: "value",
        message: `Wskazanie nie może być mniejsze od ostatniego odczytu z ${daysAgo(60).split("-").reverse().join(".")}: 1\u00a0234,5\u00a0GJ.`,
      },
    ]);
  });

  it("accepts a value below the old meter's after a meter change the CRM marked, but not below the new meter's first reading", async () => {
    expect(issuesOf(await submitReading(ctx("RA"), request, input("RA4", today(), "9.5")))[0]?.message).toContain("10\u00a0GJ");
    expect((await submitReading(ctx("RA"), request, input("RA4", today(), "42"))).ok).toBe(true);
  });

  it("asks to confirm an implausibly high value, showing the expected range; saves it once that very value is confirmed", async () => {
    const warned = await submitReading(ctx("RA"), request, input("RA5", today(), "1090.001"));
    expect(issuesOf(warned)).toEqual([
      { path: "value", message: "Wskazanie jest znacznie wyższe, niż wynika z dotychczasowego zużycia. Oczekiwany zakres: 1\u00a0000 – 1\u00a0090\u00a0GJ." },
      { path: "confirm", message: CONFIRM_MESSAGE },
    ]);
    // A confirmation of another value does not cover this one.
    expect(issuesOf(await submitReading(ctx("RA"), request, input("RA5", today(), "1090.001", { confirmedValue: "1090" })))).toHaveLength(2);
    expect(await live("RA5")).toHaveLength(1);
    const saved = await submitReading(ctx("RA"), request, input("RA5", today(), "1090.001", { confirmedValue: "1090.001" }));
    expect((await live("RA5"))[0]).toMatchObject({ id: idOf(saved), value: "1090.001", correctable: true });
  });

  it("stores an accepted reading with source customer, an export event naming it and an audit row", async () => {
    const result = await submitReading(ctx("RA"), request, input("RA1", today(), "1234.5"));
    const id = idOf(result);
    expect(id).toMatch(/^web-[0-9a-f-]{36}$/);
    const [row] = await handle.db
      .select()
      .from(readings)
      .where(and(eq(readings.tenantId, "mpec"), eq(readings.id, id)));
    expect(row).toMatchObject({
      pointId: "RA1",
      date: today(),
      unit: "GJ",
      zone: "all",
      source: "customer",
      submittedByAccountId: "acc-RA",
      withdrawnAt: null,
    });
    expect(Number(row!.value)).toBe(1234.5);
    const events = await eventsOf("RA1");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      id: row!.exportEventId,
      type: "reading.submitted",
      customerId: "RA",
      payload: { readingId: id, pointId: "RA1", date: today(), value: "1234.5", unit: "GJ" },
    });
    const audits = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, "mpec"), eq(auditLog.action, "reading.submitted"), eq(auditLog.targetId, "RA1")));
    expect(audits).toMatchObject([{ actorKind: "customer", actorId: "acc-RA", targetKind: "point", targetId: "RA1" }]);
    expect((await live("RA1"))[0]).toMatchObject({ id, correctable: true });
  });

  it("takes the unit by kind on a meter without readings", async () => {
    expect((await submitReading(ctx("RA"), request, input("RA3", today(), "0"))).ok).toBe(true);
    const [row] = await handle.db
      .select()
      .from(readings)
      .where(and(eq(readings.tenantId, "mpec"), eq(readings.pointId, "RA3")));
    expect(row?.unit).toBe("GJ");
  });

  it("a double submit stores the reading once; another value for the same day must correct it instead", async () => {
    const [first, second] = await Promise.all([
      submitReading(ctx("RA"), request, input("RA9", today(), "1")),
      submitReading(ctx("RA"), request, input("RA9", today(), "1.0")),
    ]);
    expect(idOf(second)).toBe(idOf(first));
    expect(await live("RA9")).toHaveLength(1);
    expect(await eventsOf("RA9")).toHaveLength(1);
    const [issue] = issuesOf(await submitReading(ctx("RA"), request, input("RA9", today(), "2")));
    expect(issue).toEqual({
      path: "date",
      message: `Odczyt z ${today().split("-").reverse().join(".")} został już podany: 1\u00a0GJ. Aby zmienić wskazanie, popraw ten odczyt.`,
    });
  });
});

describe("Popraw / Wycofaj", () => {
  it("a correction replaces today's reading: the old one leaves the history, the export says which replaces which", async () => {
    const original = idOf(await submitReading(ctx("RA"), request, input("RA6", today(), "110")));
    const result = await submitReading(ctx("RA"), request, input("RA6", today(), "111.5", { replaces: original }));
    expect(result).toMatchObject({ ok: true, replaced: original });
    const corrected = idOf(result);
    expect((await live("RA6")).map((r) => [r.id, r.value, r.correctable])).toEqual([
      [corrected, "111.5", true],
      ["RA6-r", "100", false],
    ]);
    const [old] = await handle.db
      .select()
      .from(readings)
      .where(and(eq(readings.tenantId, "mpec"), eq(readings.id, original)));
    expect(old).toMatchObject({ replacedById: corrected, withdrawnAt: expect.any(Date) });
    expect((await eventsOf("RA6")).map((e) => [e.type, e.payload.readingId, e.payload.replaces ?? null])).toEqual([
      ["reading.submitted", original, null],
      ["reading.submitted", corrected, original],
    ]);
    const audits = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, "mpec"), eq(auditLog.action, "reading.corrected")));
    expect(audits).toMatchObject([{ targetId: "RA6", details: { readingId: corrected, replaces: original } }]);
  });

  it("a correction is checked like a new reading, against the history without the reading it replaces", async () => {
    const original = (await live("RA6"))[0]!.id;
    expect(issuesOf(await submitReading(ctx("RA"), request, input("RA6", today(), "99", { replaces: original })))[0]?.path).toBe("value");
    expect(idOf(await submitReading(ctx("RA"), request, input("RA6", today(), "100", { replaces: original })))).not.toBe(original);
  });

  it("two tabs correcting the same reading: one wins, the other is told, nothing doubles", async () => {
    const original = idOf(await submitReading(ctx("RA"), request, input("RA7", today(), "120")));
    const results = await Promise.all([
      submitReading(ctx("RA"), request, input("RA7", today(), "121", { replaces: original })),
      submitReading(ctx("RA"), request, input("RA7", today(), "122", { replaces: original })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.map(formErrorOf).filter(Boolean)).toEqual([CORRECTION_MESSAGES.gone]);
    expect((await live("RA7")).filter((r) => r.date === today())).toHaveLength(1);
    // The winning correction sent again (a double submit) is the same reading, saved once.
    const winner = results.find((r) => r.ok)!;
    const value = (await live("RA7"))[0]!.value;
    expect(idOf(await submitReading(ctx("RA"), request, input("RA7", today(), value, { replaces: original })))).toBe(idOf(winner));
    expect((await eventsOf("RA7")).filter((e) => e.type === "reading.submitted")).toHaveLength(2);
  });

  it("Wycofaj takes back today's reading: gone from the history, reading.withdrawn for the CRM; twice → told it is gone", async () => {
    const id = (await live("RA7"))[0]!.id;
    expect(await withdrawReading(ctx("RA"), request, { point: "RA7", reading: id })).toEqual({ ok: true, date: today() });
    expect((await live("RA7")).map((r) => r.id)).toEqual(["RA7-r"]);
    expect((await eventsOf("RA7")).at(-1)).toMatchObject({ type: "reading.withdrawn", customerId: "RA", payload: { readingId: id, pointId: "RA7" } });
    expect(await withdrawReading(ctx("RA"), request, { point: "RA7", reading: id })).toEqual({ ok: false, message: CORRECTION_MESSAGES.gone });
    expect(formErrorOf(await submitReading(ctx("RA"), request, input("RA7", today(), "125", { replaces: id })))).toBe(CORRECTION_MESSAGES.gone);
  });

  it("a reading sent on an earlier day can no longer be changed", async () => {
    const id = (await live("RA5"))[0]!.id;
    await handle.db
      .update(readings)
      .set({ submittedAt: addDays(now(), -1) })
      .where(and(eq(readings.tenantId, "mpec"), eq(readings.id, id)));
    expect((await live("RA5"))[0]).toMatchObject({ id, correctable: false });
    expect(await withdrawReading(ctx("RA"), request, { point: "RA5", reading: id })).toEqual({ ok: false, message: CORRECTION_MESSAGES.notToday });
  });

  it("once GET /api/export has handed the reading out, it can be neither corrected nor withdrawn", async () => {
    const id = idOf(await submitReading(ctx("RA"), request, input("RA8", today(), "130")));
    expect((await live("RA8"))[0]?.correctable).toBe(true);
    await exportPage(handle.db, "mpec", 0, 100_000);
    expect((await live("RA8"))[0]).toMatchObject({ id, correctable: false });
    expect(formErrorOf(await submitReading(ctx("RA"), request, input("RA8", today(), "131", { replaces: id })))).toBe(CORRECTION_MESSAGES.exported);
    expect(await withdrawReading(ctx("RA"), request, { point: "RA8", reading: id })).toEqual({ ok: false, message: CORRECTION_MESSAGES.exported });
    expect((await live("RA8"))[0]?.id).toBe(id);
    // Another value for that day is refused too: the exported reading stands.
    expect(issuesOf(await submitReading(ctx("RA"), request, input("RA8", today(), "131")))[0]?.message).toContain("Został przekazany do rozliczenia");
  });

  it("S13: another customer's reading id, or a reading of another meter, is not found for correcting or withdrawing", async () => {
    await importOwners(handle.db, mpec, "R", [point("RB2", "RKB", "heat")]);
    const theirs = idOf(await submitReading(ctx("RB"), request, input("RB2", today(), "7")));
    const mine = (await live("RA4"))[0]!.id;
    expect(await withdrawReading(ctx("RA"), request, { point: "RB2", reading: theirs })).toEqual({ ok: false, notFound: true });
    expect(await withdrawReading(ctx("RA"), request, { point: "RA4", reading: theirs })).toEqual({ ok: false, notFound: true });
    expect(await submitReading(ctx("RA"), request, input("RA4", today(), "50", { replaces: theirs }))).toEqual({ ok: false, notFound: true });
    expect(await withdrawReading(ctx("RA"), request, { point: "RA1", reading: mine })).toEqual({ ok: false, notFound: true });
    // RP pays for RA's contract and sees the meter, but did not send the reading.
    expect(await withdrawReading(ctx("RP"), request, { point: "RA4", reading: mine })).toEqual({ ok: false, notFound: true });
    expect((await customerMeter(customerScope(handle.db, "mpec", "RP"), "RA4"))!.readings.find((r) => r.id === mine)?.correctable).toBe(false);
    const [row] = await handle.db
      .select()
      .from(readings)
      .where(and(eq(readings.tenantId, "mpec"), eq(readings.id, theirs)));
    expect(row?.withdrawnAt).toBeNull();
  });
});
