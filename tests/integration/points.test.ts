import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDb } from "@/tests/helpers/db";
import { customerPoint, customerPoints } from "@/lib/points/queries";
import { consumptionHistory } from "@/lib/points/consumption";
import { consumptionCsv } from "@/lib/points/csv";
import { mpec, polo, polsp } from "./registration-world";
import { importOwners, point, usage } from "./points-world";
import { customerScope } from "../helpers/scope";

const handle = setupTestDb();
// 21.11.2026 in Warsaw: the current period is 2025-11 … 2026-10, the year before 2024-11 … 2025-10.
const at = new Date("2026-11-21T10:00:00Z");

beforeAll(async () => {
  await importOwners(handle.db, polo, "X", [
    point("XA1", "XKA", "electricity", { tariff: "G11", distributor: "Stoen Operator" }),
    point("XB1", "XKB", "electricity"),
    point("XD1", "XKD", "electricity"),
    // Two rows starting in March 2026 add up; a row starting 31 Oct 2026 counts for October.
    usage("XA1", "2026-03-01", "2026-03-15", "100.5"),
    usage("XA1", "2026-03-16", "2026-03-31", "20.25"),
    usage("XA1", "2025-03-01", "2025-03-31", "100"),
    usage("XA1", "2026-10-31", "2026-11-29", "7"),
    usage("XA1", "2024-11-01", "2024-11-30", "50"),
    usage("XA1", "2025-11-01", "2025-11-30", "75"),
    // Outside both periods: the current month and 25 months back.
    usage("XA1", "2026-11-01", "2026-11-20", "999"),
    usage("XA1", "2024-10-01", "2024-10-31", "888"),
    usage("XB1", "2026-03-01", "2026-03-31", "5000"),
  ]);
  // The same ids at another seller belong to someone else (S14).
  await importOwners(handle.db, polsp, "X", [point("XA1", "XKB", "gas")]);
});

describe("points of the customer", () => {
  it("lists the points of the holder's and the payer's non-draft contracts", async () => {
    expect((await customerPoints(customerScope(handle.db, "polo", "XA"))).map((p) => p.id)).toEqual(["XA1"]);
    expect((await customerPoints(customerScope(handle.db, "polo", "XP"))).map((p) => p.id)).toEqual(["XA1"]);
    const [row] = await customerPoints(customerScope(handle.db, "polo", "XA"));
    expect(row).toMatchObject({
      code: "CODE-XA1",
      kind: "electricity",
      tariff: "G11",
      meterNumber: "M-XA1",
      distributor: "Stoen Operator",
      contractNumber: "UM/X/A",
    });
  });

  it("S13: another customer's point id finds nothing, nor does a point of a draft contract", async () => {
    expect(await customerPoint(customerScope(handle.db, "polo", "XA"), "XB1")).toBeNull();
    expect(await customerPoint(customerScope(handle.db, "polo", "XB"), "XA1")).toBeNull();
    expect(await customerPoint(customerScope(handle.db, "polo", "XA"), "XD1")).toBeNull();
    expect(await customerPoint(customerScope(handle.db, "polo", "XA"), "XA1")).not.toBeNull();
  });

  it("S14: the same customer and point ids at another tenant stay that tenant's", async () => {
    expect(await customerPoint(customerScope(handle.db, "polsp", "XA"), "XA1")).toBeNull();
    expect((await customerPoint(customerScope(handle.db, "polsp", "XB"), "XA1"))?.kind).toBe("gas");
    expect(await customerPoints(customerScope(handle.db, "mpec", "XA"))).toEqual([]);
    expect(mpec.id).toBe("mpec");
  });
});

describe("monthly consumption", () => {
  it("sums the rows by the month of periodFrom over 12 months and the same months a year before", async () => {
    const pointRow = (await customerPoint(customerScope(handle.db, "polo", "XA"), "XA1"))!;
    const history = await consumptionHistory(handle.db, "polo", pointRow, at);
    expect(history.unit).toBe("kWh");
    const period = ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"];
    expect(history.months.map((m) => m.month)).toEqual(period);
    const byMonth = Object.fromEntries(history.months.map((m) => [m.month, m]));
    expect(Number(byMonth["2026-03"]!.current)).toBe(120.75);
    expect(Number(byMonth["2026-03"]!.previous)).toBe(100);
    expect(byMonth["2026-03"]!.changePercent).toBe(20.8);
    expect(byMonth["2025-11"]).toMatchObject({ previousMonth: "2024-11", changePercent: 50 });
    expect(Number(byMonth["2026-10"]!.current)).toBe(7);
    expect(byMonth["2026-10"]!.previous).toBeNull();
    expect(byMonth["2026-01"]).toMatchObject({ current: null, previous: null, changePercent: null });
    const figures = history.months
      .flatMap((m) => [m.current, m.previous])
      .filter((v) => v !== null)
      .map(Number);
    expect(figures).not.toContain(999);
    expect(figures).not.toContain(888);
  });

  it("takes the unit by kind when the point has no consumption, and the CSV carries the sums", async () => {
    const heat = { id: "none", kind: "heat" as const };
    expect((await consumptionHistory(handle.db, "polo", heat, at)).unit).toBe("GJ");
    const pointRow = (await customerPoint(customerScope(handle.db, "polo", "XA"), "XA1"))!;
    const csv = consumptionCsv(await consumptionHistory(handle.db, "polo", pointRow, at));
    expect(csv).toContain("\r\n2026-03;120,75;2025-03;100;20,8\r\n");
  });
});
