import { randomInt } from "node:crypto";
import { importRecords, type TenantId } from "./factories";
import { createAccount, type TestAccount } from "./recovery-accounts";
import { lastTwelveMonths, yearBefore } from "@/lib/points/months";
import { warsawDate } from "@/lib/format";

/**
 * A signed-up customer with one point of delivery on their contract and 24 months of consumption
 * before the current month (and, for a heat point, readings), imported the way the CRM sends them.
 * The test data picks a commodity per seller so every unit (kWh, m3, GJ) is shown somewhere.
 */
const kinds = { polo: "electricity", polsp: "gas", mpec: "heat" } as const;
const units = { electricity: "kWh", gas: "m3", heat: "GJ" } as const;

export type MonthValues = { month: string; current: string; previous: string };
export type PointAccount = TestAccount & { pointId: string; pointCode: string; meterNumber: string; unit: string; months: MonthValues[]; lastActual: string };

const uid = () => `${Date.now().toString(36)}${randomInt(1e9).toString(36)}`.toUpperCase();
const daysAgo = (days: number) => warsawDate(new Date(Date.now() - days * 86_400_000));

export function pointRecords(tenant: TenantId, contractId: string, pointId: string, code: string, meterNumber: string) {
  const kind = kinds[tenant];
  return {
    type: "point",
    id: pointId,
    contract: contractId,
    code,
    kind,
    address: { street: "ul. Licznikowa", building: "12", apartment: "4", postalCode: "00-950", city: "Warszawa" },
    tariff: kind === "heat" ? "C-1" : "G11",
    meterNumber,
    distributor: kind === "heat" ? "Sieć ciepłownicza miasta" : "Operator Testowy S.A.",
  };
}

export async function createPointAccount(tenant: TenantId): Promise<PointAccount> {
  const account = await createAccount(tenant);
  const pointId = `${account.id}-P`;
  const pointCode = kinds[tenant] === "heat" ? `PO-${uid()}` : `PL${uid()}`;
  const meterNumber = `LN${randomInt(1e6, 9e6)}`;
  const unit = units[kinds[tenant]];
  // Current year 100,5 … 111,5 and a year earlier 80 … 91, one decimal, so both years are distinct.
  const months = lastTwelveMonths(new Date()).map((month, i) => ({ month, current: `${100 + i}.5`, previous: `${80 + i}` }));
  const consumption = months.flatMap(({ month, current, previous }) => [
    { type: "consumption", point: pointId, periodFrom: `${month}-01`, periodTo: `${month}-28`, quantity: current, unit },
    { type: "consumption", point: pointId, periodFrom: `${yearBefore(month)}-01`, periodTo: `${yearBefore(month)}-28`, quantity: previous, unit },
  ]);
  const lastActual = "1234.5";
  const readings =
    kinds[tenant] === "heat"
      ? [
          { type: "reading", id: `${pointId}-R1`, point: pointId, date: daysAgo(90), value: "1100", unit, source: "actual" },
          { type: "reading", id: `${pointId}-R2`, point: pointId, date: daysAgo(60), value: "1180.25", unit, source: "estimated" },
          { type: "reading", id: `${pointId}-R3`, point: pointId, date: daysAgo(30), value: lastActual, unit, source: "actual" },
        ]
      : [];
  await importRecords(tenant, [pointRecords(tenant, `${account.id}-K`, pointId, pointCode, meterNumber), ...consumption, ...readings]);
  return { ...account, pointId, pointCode, meterNumber, unit, months, lastActual };
}

/** Another customer's point, for the 404 checks (S13). */
export async function createOtherPoint(tenant: TenantId, contractId: string): Promise<string> {
  const pointId = `${contractId}-P`;
  await importRecords(tenant, [pointRecords(tenant, contractId, pointId, `PL${uid()}`, `LN${randomInt(1e6, 9e6)}`)]);
  return pointId;
}

export type SelfReadingAccount = TestAccount & { twoZone: string; windowed: string; window: { from: number; to: number }; plain: string; codes: string[] };

/**
 * A customer whose electricity points take self-readings (docs/portal.md §14): a two-zone one with
 * day and night readings 30 and 60 days ago (100 and 50 kWh a month), one whose reading window is
 * closed today, and one the CRM did not mark.
 */
export async function createSelfReadingAccount(tenant: "polo" | "polsp"): Promise<SelfReadingAccount> {
  const account = await createAccount(tenant);
  const contract = `${account.id}-K`;
  const [twoZone, windowed, plain] = ["PZ", "PW", "PN"].map((suffix) => `${account.id}-${suffix}`) as [string, string, string];
  const codes = [twoZone, windowed, plain].map(() => `PL${uid()}`);
  const day = Number(daysAgo(0).slice(8));
  const window = day <= 14 ? { from: 20, to: 25 } : { from: 2, to: 8 };
  const point = (id: string, code: string, extra: object) => ({
    ...pointRecords("polo", contract, id, code, `LN${randomInt(1e6, 9e6)}`),
    kind: "electricity",
    ...extra,
  });
  const reading = (zone: "day" | "night", days: number, value: string) => ({
    type: "reading",
    id: `${twoZone}-${zone}-${days}`,
    point: twoZone,
    date: daysAgo(days),
    value,
    unit: "kWh",
    zone,
    source: "actual",
  });
  await importRecords(tenant, [
    point(twoZone, codes[0]!, { tariff: "G12", selfReading: true, zones: ["day", "night"] }),
    point(windowed, codes[1]!, { selfReading: true, readingWindow: window }),
    point(plain, codes[2]!, {}),
    reading("day", 60, "900"),
    reading("day", 30, "1000"),
    reading("night", 60, "450"),
    reading("night", 30, "500"),
  ]);
  return { ...account, twoZone, windowed, window, plain, codes };
}
