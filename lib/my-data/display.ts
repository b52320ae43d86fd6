import type { Address } from "@/db/schema";

/** A PESEL is personal: only its last four digits are shown. (A company's NIP is public and shown whole.) */
export const maskPesel = (pesel: string) => `${"*".repeat(Math.max(pesel.length - 4, 0))}${pesel.slice(-4)}`;

/** "ul. Lipowa 5/3, 00-950 Warszawa". */
export function formatAddress(a: Address): string {
  const number = a.apartment ? `${a.building}/${a.apartment}` : a.building;
  return `${a.street} ${number}, ${a.postalCode} ${a.city}`;
}
