import type { Address } from "@/db/schema";
import { makePesel } from "@/lib/validation/pesel";
import { nipChecksum } from "@/lib/validation/nip";
import type { Rng } from "@/lib/demo/random";
import { asciiSlug, businessForms, businessNames, businessTrades, femaleFirstNames, lastNames, maleFirstNames } from "@/lib/demo/names";
import { postalCode, streets, type City } from "@/lib/demo/places";
import { monthEnd } from "@/lib/demo/dates";

/** Random but plausible people and firms: names, PESEL/NIP with valid checksums, addresses. */

export type Person = {
  kind: "individual" | "business";
  name: string;
  pesel?: string;
  nip?: string;
  email?: string;
  phone?: string;
  address: Address;
  city: City;
};

/** A birth date between 1940 and 2000. */
function birthDate(rng: Rng): string {
  const year = rng.int(1940, 2000);
  const month = rng.int(1, 12);
  const lastDay = Number(monthEnd(year, month).slice(8));
  return `${year}-${String(month).padStart(2, "0")}-${String(rng.int(1, lastDay)).padStart(2, "0")}`;
}

export function randomNip(rng: Rng): string {
  for (;;) {
    const body = `${rng.int(1, 9)}${rng.digits(8)}`;
    const check = nipChecksum(body);
    if (check !== 10) return body + check;
  }
}

const mobilePrefixes = [
  "500",
  "501",
  "502",
  "510",
  "512",
  "530",
  "533",
  "600",
  "601",
  "602",
  "660",
  "664",
  "690",
  "691",
  "720",
  "728",
  "780",
  "790",
  "880",
  "888",
];

export function randomAddress(rng: Rng, city: City, flat: boolean): Address {
  const [lo, hi] = city.codes;
  return {
    street: rng.pick(streets),
    building: String(rng.int(1, 120)) + (rng.chance(0.1) ? rng.pick(["A", "B", "C"]) : ""),
    ...(flat ? { apartment: String(rng.int(1, 80)) } : {}),
    postalCode: postalCode(rng.int(lo, hi)),
    city: city.name,
  };
}

export function randomPerson(rng: Rng, cities: City[], business: boolean, serial: number): Person {
  const city = rng.pick(cities);
  const phone = rng.chance(0.85) ? `${rng.pick(mobilePrefixes)} ${rng.digits(3)} ${rng.digits(3)}` : undefined;
  if (business) {
    const [surname] = rng.pick(lastNames);
    const core = rng.chance(0.5) ? rng.pick(businessNames) : surname;
    const form = rng.pick(businessForms);
    const name = `${rng.pick(businessTrades)} ${core}${form ? ` ${form}` : ""}`;
    return {
      kind: "business",
      name,
      nip: randomNip(rng),
      email: `biuro.${asciiSlug(core)}${serial}@example.com`,
      phone,
      address: randomAddress(rng, city, false),
      city,
    };
  }
  const female = rng.chance(0.52);
  const first = rng.pick(female ? femaleFirstNames : maleFirstNames);
  const last = rng.pick(lastNames)[female ? 1 : 0];
  return {
    kind: "individual",
    name: `${first} ${last}`,
    pesel: makePesel(birthDate(rng), rng.int(0, 999), female),
    email: rng.chance(0.9) ? `${asciiSlug(first)}.${asciiSlug(last)}${serial}@example.pl` : undefined,
    phone,
    address: randomAddress(rng, city, rng.chance(0.6)),
    city,
  };
}
