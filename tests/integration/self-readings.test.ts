import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { setupTestDb } from "@/tests/helpers/db";
import { exportEvents, readings } from "@/db/schema";
import { addDays, now, setClockOffsetSeconds } from "@/lib/clock";
import { formatDate, warsawDate } from "@/lib/format";
import { submitReading, CONFIRM_MESSAGE, type SubmitResult } from "@/lib/meters/submit-reading";
import { withdrawReading } from "@/lib/meters/withdraw-reading";
import { CORRECTION_MESSAGES } from "@/lib/meters/correctable";
import { customerMeter, customerMeters } from "@/lib/meters/queries";
import { selfReadingPoints } from "@/lib/meters/self-reading-points";
import type { Zone } from "@/lib/meters/reading-form";
import { exportPage } from "@/lib/export/export-events";
import { polo, polsp } from "./registration-world";
import { importOwners, point, reading } from "./points-world";
import { customerScope } from "../helpers/scope";

/**
 * Odczyty (docs/portal.md §14): self-readings of electricity points the CRM marked `selfReading`, on
 * POLO and POLSp — zones, the reading window, and the correction, withdrawal and export rules shared
 * with MPEC's Liczniki. The clock stands at 10 December 2026, noon in Warsaw.
 */
const handle = setupTestDb();
const request = { ip: "203.0.113.9", userAgent: "vitest" };
const ctx = (tenantId: string, customerId: string) => customerScope(handle.db, tenantId, customerId, `acc-${customerId}`);
const today = () => warsawDate(now());
const daysAgo = (n: number) => warsawDate(addDays(now(), -n));
type Given = Partial<Record<Zone, string>>;
const input = (pointId: string, given: Given, more: { replaces?: string; confirmed?: Given } = {}) => ({
  point: pointId,
  date: today(),
  replaces: more.replaces ?? null,
  values: (Object.entries(given) as [Zone, string][]).map(([zone, value]) => ({ zone, value, confirmedValue: more.confirmed?.[zone] ?? null })),
});
const submit = (tenantId: string, customerId: string, pointId: string, given: Given, more: { replaces?: string; confirmed?: Given } = {}) =>
  submitReading(ctx(tenantId, customerId), request, input(pointId, given, more), "readings");
const withdraw = (tenantId: string, customerId: string, pointId: string, reading: string) =>
  withdrawReading(ctx(tenantId, customerId), request, { point: pointId, reading }, "readings");
const issuesOf = (result: SubmitResult) => (!result.ok && !result.notFound ? result.issues : []);
const formErrorOf = (result: SubmitResult) => (!result.ok && !result.notFound ? result.formError : undefined);
const idsOf = (result: SubmitResult) => (result.ok ? result.readingIds : expect.unreachable(JSON.stringify(result)));
const zoned = (id: string, pointId: string, date: string, value: string, zone: Zone) => ({ ...reading(id, pointId, date, value, "actual", "kWh"), zone });
const twoZones = { selfReading: true, zones: ["day", "night"] };
const storedOf = (tenantId: string, pointId: string) =>
  handle.db
    .select({ id: readings.id, zone: readings.zone, value: readings.value, source: readings.source, withdrawnAt: readings.withdrawnAt })
    .from(readings)
    .where(and(eq(readings.tenantId, tenantId), eq(readings.pointId, pointId), eq(readings.source, "customer")));

beforeAll(async () => {
  setClockOffsetSeconds(Math.round((Date.parse("2026-12-10T11:00:00Z") - Date.now()) / 1000));
  await importOwners(handle.db, polo, "S", [
    // SA1: two zones; by day 100 kWh a month so far (ceiling ≈ 1 300), by night 50 (ceiling ≈ 650).
    point("SA1", "SKA", "electricity", twoZones),
    zoned("s1d1", "SA1", daysAgo(60), "900", "day"),
    zoned("s1d2", "SA1", daysAgo(30), "1000", "day"),
    zoned("s1n1", "SA1", daysAgo(60), "450", "night"),
    zoned("s1n2", "SA1", daysAgo(30), "500", "night"),
    point("SA2", "SKA", "electricity", { selfReading: true, readingWindow: { from: 25, to: 5 } }),
    point("SA3", "SKA", "electricity", { selfReading: true, readingWindow: { from: 8, to: 12 } }),
    point("SA4", "SKA", "electricity"),
    point("SB1", "SKB", "electricity", { selfReading: true }),
  ]);
  await importOwners(handle.db, polsp, "T", [
    point("TA1", "TKA", "electricity", twoZones),
    point("TA2", "TKA", "electricity", { selfReading: true }),
    point("TA3", "TKA", "electricity", twoZones),
  ]);
});

afterAll(() => setClockOffsetSeconds(0));

describe("Odczyty: which points (docs/portal.md §14)", () => {
  it("lists only the customer's points the CRM marked selfReading, and names the others", async () => {
    expect((await customerMeters(ctx("polo", "SA"), "readings")).map((m) => m.point.id)).toEqual(["SA1", "SA2", "SA3"]);
    const list = await selfReadingPoints(ctx("polo", "SA"));
    expect(list.others.map((p) => p.id)).toEqual(["SA4"]);
    expect(list.points.map((p) => [p.point.id, p.window, p.closed])).toEqual([
      ["SA1", null, null],
      [
        "SA2",
        "Odczyt tego punktu można podać od 25. do 5. dnia miesiąca.",
        "Odczyt tego punktu można podać od 25. do 5. dnia miesiąca. Formularz zostanie otwarty 25.12.2026.",
      ],
      ["SA3", "Odczyt tego punktu można podać od 8. do 12. dnia miesiąca.", null],
    ]);
  });

  it("S13: a point without selfReading, or another customer's, is not found for reading, submitting or withdrawing", async () => {
    expect(await customerMeter(ctx("polo", "SA"), "SA4", "readings")).toBeNull();
    expect(await submit("polo", "SA", "SA4", { all: "5" })).toEqual({ ok: false, notFound: true });
    expect(await submit("polo", "SA", "SB1", { all: "5" })).toEqual({ ok: false, notFound: true });
    expect(await submit("polsp", "SA", "SA1", { day: "1100", night: "600" })).toEqual({ ok: false, notFound: true });
    expect(await withdraw("polo", "SA", "SA4", "nope")).toEqual({ ok: false, notFound: true });
    expect(await storedOf("polo", "SA4")).toEqual([]);
    expect(await storedOf("polo", "SB1")).toEqual([]);
  });
});

describe("Odczyty: zones", () => {
  it("checks each zone against its own history: a day value below the day floor is refused and nothing is stored", async () => {
    expect(issuesOf(await submit("polo", "SA", "SA1", { day: "999", night: "600" }))).toEqual([
      { path: "valueDay", message: `Wskazanie strefy dziennej nie może być mniejsze od ostatniego odczytu z ${formatDate(daysAgo(30))}: 1\u00a0000\u00a0kWh.` },
    ]);
    expect(await storedOf("polo", "SA1")).toEqual([]);
  });

  it("asks to confirm only the zone that is implausibly high, then stores a reading per zone, each queued for the CRM with its zone", async () => {
    const warned = await submit("polo", "SA", "SA1", { day: "1100", night: "700" });
    expect(issuesOf(warned)).toEqual([
      {
        path: "valueNight",
        message: "Wskazanie strefy nocnej jest znacznie wyższe, niż wynika z dotychczasowego zużycia. Oczekiwany zakres: 500 – 650\u00a0kWh.",
      },
      { path: "confirmNight", message: CONFIRM_MESSAGE },
    ]);
    expect(await storedOf("polo", "SA1")).toEqual([]);
    const [day, night] = idsOf(await submit("polo", "SA", "SA1", { day: "1100", night: "700" }, { confirmed: { night: "700" } }));
    expect((await storedOf("polo", "SA1")).map((r) => [r.id, r.zone, r.value]).sort()).toEqual(
      [
        [day, "day", "1100"],
        [night, "night", "700"],
      ].sort(),
    );
    const events = (await handle.db.select().from(exportEvents).where(eq(exportEvents.tenantId, "polo"))).map((e) => e.payload);
    expect(events).toEqual([
      { readingId: day, pointId: "SA1", date: today(), value: "1100", unit: "kWh", zone: "day" },
      { readingId: night, pointId: "SA1", date: today(), value: "700", unit: "kWh", zone: "night" },
    ]);
  });

  it("refuses a form drawn for other zones than the meter's", async () => {
    expect(formErrorOf(await submit("polsp", "TA", "TA1", { all: "5" }))).toBe("Zmieniły się strefy licznika. Odśwież stronę i podaj odczyt ponownie.");
    expect(formErrorOf(await submit("polsp", "TA", "TA2", { day: "5", night: "3" }))).toBe(
      "Zmieniły się strefy licznika. Odśwież stronę i podaj odczyt ponownie.",
    );
  });

  it("stores one reading per zone for a double submit", async () => {
    const [first, second] = await Promise.all([submit("polsp", "TA", "TA3", { day: "3", night: "2" }), submit("polsp", "TA", "TA3", { day: "3", night: "2" })]);
    expect(first.ok && second.ok).toBe(true);
    expect((await storedOf("polsp", "TA3")).map((r) => r.zone).sort()).toEqual(["day", "night"]);
  });
});

describe("Odczyty: the reading window", () => {
  it("refuses outside the window, saying in Polish when the form opens, and stores nothing", async () => {
    expect(await submit("polo", "SA", "SA2", { all: "5" })).toEqual({
      ok: false,
      issues: [],
      formError: "Odczyt tego punktu można podać od 25. do 5. dnia miesiąca. Formularz zostanie otwarty 25.12.2026.",
    });
    expect(await storedOf("polo", "SA2")).toEqual([]);
  });

  it("accepts inside the window", async () => {
    expect(idsOf(await submit("polo", "SA", "SA3", { all: "5" }))).toHaveLength(1);
  });
});

describe("Odczyty: correction, withdrawal and export, as on MPEC's Liczniki", () => {
  it("corrects one zone and withdraws the other on the day; the CRM gets both; once exported neither can change", async () => {
    const [day, night] = idsOf(await submit("polsp", "TA", "TA1", { day: "10", night: "5" }));
    expect(formErrorOf(await submit("polsp", "TA", "TA1", { night: "6" }, { replaces: day! }))).toBe(
      "Zmieniły się strefy licznika. Odśwież stronę i podaj odczyt ponownie.",
    );
    const corrected = await submit("polsp", "TA", "TA1", { day: "11" }, { replaces: day! });
    expect(corrected).toMatchObject({ ok: true, replaced: day });
    const [dayAgain] = idsOf(corrected);
    expect(await withdraw("polsp", "TA", "TA1", night!)).toEqual({ ok: true, date: today() });
    expect((await storedOf("polsp", "TA1")).filter((r) => !r.withdrawnAt).map((r) => [r.id, r.zone, r.value])).toEqual([[dayAgain, "day", "11"]]);

    const page = await exportPage(handle.db, "polsp", 0);
    const lines = page.lines.filter((l) => l.pointId === "TA1").map(({ cursor: _c, at: _a, ...line }) => line);
    expect(lines).toEqual([
      { type: "reading.submitted", customer: "TA", readingId: day, pointId: "TA1", date: today(), value: "10", unit: "kWh", zone: "day" },
      { type: "reading.submitted", customer: "TA", readingId: night, pointId: "TA1", date: today(), value: "5", unit: "kWh", zone: "night" },
      { type: "reading.submitted", customer: "TA", readingId: dayAgain, pointId: "TA1", date: today(), value: "11", unit: "kWh", zone: "day", replaces: day },
      { type: "reading.withdrawn", customer: "TA", readingId: night, pointId: "TA1" },
    ]);
    expect(formErrorOf(await submit("polsp", "TA", "TA1", { day: "12" }, { replaces: dayAgain! }))).toBe(CORRECTION_MESSAGES.exported);
    expect(await withdraw("polsp", "TA", "TA1", dayAgain!)).toEqual({ ok: false, message: CORRECTION_MESSAGES.exported });
  });

  it("exports a one-zone point's reading without a zone, as the import reads one", async () => {
    const [id] = idsOf(await submit("polsp", "TA", "TA2", { all: "7.5" }));
    const page = await exportPage(handle.db, "polsp", 0);
    expect(page.lines.find((l) => l.readingId === id)).toMatchObject({ type: "reading.submitted", pointId: "TA2", value: "7.5", unit: "kWh" });
    expect(page.lines.find((l) => l.readingId === id)).not.toHaveProperty("zone");
  });

  it("refuses a second value for the day, a correction of a withdrawn reading, and the withdrawal of the CRM's own reading", async () => {
    expect(issuesOf(await submit("polo", "SA", "SA3", { all: "6" }))).toEqual([
      { path: "date", message: `Odczyt z ${formatDate(today())} został już podany: 5\u00a0kWh. Aby zmienić wskazanie, popraw ten odczyt.` },
    ]);
    const id = (await storedOf("polo", "SA3")).find((r) => !r.withdrawnAt)!.id;
    expect(await withdraw("polo", "SA", "SA3", id!)).toEqual({ ok: true, date: today() });
    expect(await withdraw("polo", "SA", "SA3", id!)).toEqual({ ok: false, message: CORRECTION_MESSAGES.gone });
    expect(formErrorOf(await submit("polo", "SA", "SA3", { all: "7" }, { replaces: id! }))).toBe(CORRECTION_MESSAGES.gone);
    expect(await withdraw("polo", "SA", "SA1", "s1d2")).toEqual({ ok: false, notFound: true });
  });
});
