import type { Db } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import { customer, importRecords } from "./registration-world";

/** Customers, contracts and points for the points and meters tests, imported the way the CRM sends them. */
const address = { street: "ul. Ciepła", building: "5", apartment: "2", postalCode: "00-005", city: "Warszawa" };

export const point = (id: string, contract: string, kind: "electricity" | "heat" | "gas", fields: Record<string, unknown> = {}) => ({
  type: "point",
  id,
  contract,
  code: `CODE-${id}`,
  kind,
  address,
  meterNumber: `M-${id}`,
  ...fields,
});

export const usage = (pointId: string, periodFrom: string, periodTo: string, quantity: string, unit = "kWh") => ({
  type: "consumption",
  point: pointId,
  periodFrom,
  periodTo,
  quantity,
  unit,
});

export const reading = (id: string, pointId: string, date: string, value: string, source: "actual" | "estimated" | "customer", unit = "GJ") => ({
  type: "reading",
  id,
  point: pointId,
  date,
  value,
  unit,
  source,
});

/**
 * Customers <prefix>A (holder of an active contract and of a draft), <prefix>P (only the payer of
 * A's active contract) and <prefix>B (another customer). Customer numbers are 500001… (MPEC needs one).
 */
export async function importOwners(db: Db, tenant: Tenant, prefix: string, extra: object[] = []): Promise<void> {
  await importRecords(db, tenant, [
    customer(`${prefix}A`, { kind: "individual", customerNumber: "500001" }),
    customer(`${prefix}B`, { kind: "individual", customerNumber: "500002" }),
    customer(`${prefix}P`, { kind: "individual", customerNumber: "500003" }),
    { type: "contract", id: `${prefix}KA`, customer: `${prefix}A`, payer: `${prefix}P`, number: `UM/${prefix}/A`, status: "active" },
    { type: "contract", id: `${prefix}KB`, customer: `${prefix}B`, number: `UM/${prefix}/B`, status: "active" },
    { type: "contract", id: `${prefix}KD`, customer: `${prefix}A`, number: `UM/${prefix}/D`, status: "draft" },
    ...extra,
  ]);
}
