import type { Address } from "@/db/schema";

export const pointKindLabels = { electricity: "energia elektryczna", heat: "ciepło", gas: "gaz" } as const;

/** What the point's code is called: PPE for electricity and gas, "numer punktu" for heat. */
export const pointCodeLabels = { electricity: "Kod PPE", heat: "Numer punktu", gas: "Kod PPG" } as const;

export function formatAddress(address: Address): string {
  const street = `${address.street} ${address.building}${address.apartment ? `/${address.apartment}` : ""}`;
  return `${street}, ${address.postalCode} ${address.city}`;
}
