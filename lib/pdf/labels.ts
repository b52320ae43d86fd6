import type { Address } from "@/db/schema";
import type { Invoice } from "@/db/schema";
import { formatAmount } from "@/lib/format";

/** Words and small formats printed on the invoice. */
export const kindTitle: Record<Invoice["kind"], string> = {
  invoice: "Faktura VAT",
  correction: "Faktura korygująca",
  interest_note: "Nota odsetkowa",
};

export function addressLines(a: Pick<Address, "street" | "postalCode" | "city"> & Partial<Pick<Address, "building" | "apartment">>): [string, string] {
  const building = a.building ? ` ${a.building}${a.apartment ? `/${a.apartment}` : ""}` : "";
  return [`${a.street}${building}`, `${a.postalCode} ${a.city}`];
}

/** An amount in a table cell: the column header says "[zł]", so the cell leaves the currency out. */
export function amountCell(grosze: number): string {
  return formatAmount(grosze).replace(/\u00a0zł$/, "");
}

/** "150" / "-1" / "12345.5" (numeric from the database) → "150" / "−1" / "12 345,5". */
export function quantityCell(quantity: string): string {
  const [whole = "", fraction] = quantity.replace(/^-/, "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  return `${quantity.startsWith("-") ? "−" : ""}${grouped}${fraction && !/^0+$/.test(fraction) ? `,${fraction.replace(/0+$/, "")}` : ""}`;
}
