import type { Tenant } from "@/lib/tenant/schema";
import { createRng, hashSeed, type Rng } from "@/lib/demo/random";
import { addDaysIso, monthStart } from "@/lib/demo/dates";
import { customerIdFor, customerNumberFor, demoIdentitiesFor, type DemoIdentity } from "@/lib/demo/identities";
import { randomAddress, randomPerson, type Person } from "@/lib/demo/person";
import { customerHistory, type DemoRecord, type Habit, type HistoryPoint } from "@/lib/demo/history";
import type { DemoProfile } from "@/lib/demo/profiles";
import { nrbCheckDigits, nrbOfIban } from "@/lib/validation/nrb";

/** Every record of one demo customer, in an order where each record only refers to earlier ones. */

export type DemoContext = { tenant: Tenant; profile: DemoProfile; today: string; seed: string; months: { year: number; month: number }[] };

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** An 18-digit PPE code (GS1 GSRN: prefix 590543, serial, mod-10 check digit). */
export function ppeCode(serial: number): string {
  const body = `590543${pad(serial, 11)}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return body + ((10 - (sum % 10)) % 10);
}

function identityPerson(identity: DemoIdentity, profile: DemoProfile): Person {
  const city = profile.cities.find((c) => c.name === identity.address.city) ?? profile.cities[0]!;
  return { kind: identity.kind, name: identity.name, pesel: identity.pesel, nip: identity.nip, email: identity.email, address: identity.address, city };
}

function habitFor(rng: Rng, identity: DemoIdentity | undefined): Habit {
  if (identity) return identity.role === "demo-login" ? "debtor" : "punctual";
  const r = rng.next();
  return r < 0.55 ? "punctual" : r < 0.75 ? "late" : r < 0.9 ? "debtor" : "overpaid";
}

function productName(ctx: DemoContext, tariff: string, business: boolean): string {
  if (ctx.profile.commodity === "heat") return `Ciepło — grupa taryfowa ${tariff}`;
  return business ? `Prąd dla Firmy (${tariff})` : `Prąd Stała Cena (${tariff})`;
}

/**
 * Which customers the CRM lets prove their identity with the last settlement's amount (tenants of a
 * housing cooperative): the documented identity for it, and every fourth generated customer. Decided
 * without the random stream, so marking them leaves every other generated value as it was.
 */
function settlementAmountProof(tenant: Tenant, identity: DemoIdentity | undefined, index: number): boolean {
  if (tenant.registration.flow !== "customer-number" || !tenant.registration.allowSettlementAmount) return false;
  return identity ? identity.role === "register-settlement-amount" : index % 4 === 1;
}

/**
 * The customer's individual account: the seller's bank (the 8 digits after the check digits of its
 * account) and the customer's serial, with valid check digits. Every fifth customer has none (among
 * them the second documented identity), so the demo also shows the seller's account with its
 * "podaj numer dokumentu" label. Decided without the random stream, like the proofs above.
 */
export function demoBankAccount(tenant: Tenant, index: number): string | null {
  if (index % 5 === 1) return null;
  const bban = `${nrbOfIban(tenant.legal.bankAccount).slice(2, 10)}77${pad(index + 1, 14)}`;
  return `${nrbCheckDigits(bban)}${bban}`;
}

/**
 * Self-readings (docs/portal.md §14) on the Polenergia tenants' electricity points: the demo logins'
 * and every third generated customer's. A two-zone tariff (G12, C12a) takes day and night readings;
 * every sixth generated customer's points only from the 25th to the 5th. Decided without the random
 * stream, like the proofs above.
 */
export function demoSelfReading(ctx: DemoContext, identity: DemoIdentity | undefined, index: number, tariff: string) {
  if (ctx.profile.commodity !== "electricity" || !ctx.tenant.navigation.some((item) => item.module === "readings")) return null;
  if (identity ? identity.role !== "demo-login" : index % 3 !== 0) return null;
  const zones: ["all"] | ["day", "night"] = /^[GC]12/.test(tariff) ? ["day", "night"] : ["all"];
  return { selfReading: true, zones, ...(!identity && index % 6 === 0 ? { readingWindow: { from: 25, to: 5 } } : {}) };
}

export function demoCustomerRecords(ctx: DemoContext, index: number): DemoRecord[] {
  const { tenant, profile, months } = ctx;
  const rng = createRng(hashSeed(ctx.seed, tenant.id, index));
  const identity = demoIdentitiesFor(tenant.id)[index];
  const serial = pad(index + 1, 7);
  const business = identity ? identity.kind === "business" : rng.chance(0.15);
  const person = identity ? identityPerson(identity, profile) : randomPerson(rng, profile.cities, business, index + 1);
  const customerId = identity?.customerId ?? customerIdFor(index);
  const records: DemoRecord[] = [];

  records.push({
    type: "customer",
    id: customerId,
    kind: person.kind,
    ...(person.pesel ? { pesel: person.pesel } : {}),
    ...(person.nip ? { nip: person.nip } : {}),
    ...(tenant.identifier === "customer-number" ? { customerNumber: identity?.customerNumber ?? customerNumberFor(index) } : {}),
    name: person.name,
    ...(person.email ? { email: person.email } : {}),
    ...(person.phone ? { phone: person.phone } : {}),
    address: person.address,
    ...(settlementAmountProof(tenant, identity, index) ? { registrationProofs: ["lastInvoice", "settlementAmount"] } : {}),
    ...(demoBankAccount(tenant, index) ? { bankAccount: demoBankAccount(tenant, index) } : {}),
  });

  const firstMonth = monthStart(months[0]!.year, months[0]!.month);
  const tariff = rng.pick(profile.tariffs[business ? "business" : "individual"]);
  const letter = profile.commodity === "heat" ? "C" : "E";
  const short = tenant.names.short.toUpperCase();
  const contractId = identity?.contract.id ?? `U${serial}`;
  const status = identity?.contract.status ?? "active";
  const signedAt = addDaysIso(firstMonth, -rng.int(20, 400));
  records.push({
    type: "contract",
    id: contractId,
    customer: customerId,
    number: identity?.contract.number ?? `U${letter}/${short}/${signedAt.slice(0, 4)}/${serial}`,
    status,
    ...(status === "draft" ? {} : { signedAt }),
    ...(status === "active"
      ? { startDate: firstMonth }
      : status === "signed_by_customer"
        ? { startDate: addDaysIso(ctx.today, 30 - Number(ctx.today.slice(8))) }
        : {}),
    product: productName(ctx, tariff.name, business),
  });
  if (status === "draft" || status === "signed_by_customer") return records; // nothing supplied yet

  const points: HistoryPoint[] = [];
  const pointCount = business && rng.chance(0.25) ? 2 : 1;
  for (let k = 1; k <= pointCount; k++) {
    const id = `P${serial}-${k}`;
    const address = k === 1 ? person.address : randomAddress(rng, person.city, false);
    const [lo, hi] = profile.monthlyUse[business ? "business" : "individual"];
    // In this order: the random stream (and so every later value) stays as it was before meterNumber went to the history.
    const baseMilli = rng.int(lo, hi) * 1000;
    const meterStart = rng.int(2_000, 60_000) * 1000;
    const meterNumber = `${letter}${rng.digits(8)}`;
    const selfReading = demoSelfReading(ctx, identity, index, tariff.name);
    points.push({ id, tariff, baseMilli, meterStart, meterNumber, zones: selfReading?.zones ?? ["all"] });
    records.push({
      type: "point",
      id,
      contract: contractId,
      kind: profile.commodity,
      code: profile.commodity === "heat" ? `WC/${serial}/${k}` : ppeCode((index + 1) * 10 + k),
      address,
      tariff: tariff.name,
      meterNumber,
      distributor: profile.commodity === "heat" ? tenant.names.legal : person.city.distributor,
      ...selfReading,
    });
  }

  // Statuses the portal must handle besides the main active contract.
  const extra = identity ? 1 : rng.next();
  const extraContract = (suffix: string, year: string, fields: { status: string; signedAt?: string; startDate?: string; endDate?: string }) =>
    records.push({
      type: "contract",
      id: `U${serial}-${suffix}`,
      customer: customerId,
      number: `U${letter}/${short}/${year}/${serial}-${suffix}`,
      ...fields,
      product: productName(ctx, tariff.name, business),
    });
  const thisYear = ctx.today.slice(0, 4);
  if (extra < 0.06) extraContract("T", "2019", { status: "terminated", signedAt: "2019-03-01", startDate: "2019-04-01", endDate: addDaysIso(firstMonth, -1) });
  else if (extra < 0.1) extraContract("D", thisYear, { status: "draft" });
  else if (extra < 0.16) extraContract("S", thisYear, { status: "signed_by_customer", signedAt: addDaysIso(ctx.today, -5) });

  records.push(
    ...customerHistory({
      rng,
      profile,
      today: ctx.today,
      months,
      customerId,
      contractId,
      serial,
      sellerNip: tenant.legal.nip,
      points,
      habit: habitFor(rng, identity),
      lastInvoice: identity?.lastInvoice,
      corrections: !identity?.lastInvoice,
    }),
  );
  return records;
}
