/**
 * NRB (numer rachunku bankowego): the 26 digits of a Polish account, i.e. an IBAN without "PL". Its
 * first two digits check the rest as IBAN does: the 24 digits, then "PL" as 2521 and the two check
 * digits, read as one number, leave 1 modulo 97.
 */

/** Spaces (as banks print the number) are dropped; nothing else is forgiven. */
export const compactNrb = (value: string) => value.replace(/ /g, "");

function mod97(digits: string): number {
  let rest = 0;
  for (const digit of digits) rest = (rest * 10 + Number(digit)) % 97;
  return rest;
}

export function isValidNrb(value: string): boolean {
  return /^\d{26}$/.test(value) && mod97(`${value.slice(2)}2521${value.slice(0, 2)}`) === 1;
}

/** The check digits that make `bban` (24 digits) a valid NRB. */
export function nrbCheckDigits(bban: string): string {
  return String(98 - mod97(`${bban}252100`)).padStart(2, "0");
}

/** "12345678901234567890123456" → "12 3456 7890 1234 5678 9012 3456", as Polish banks print it. */
export function formatNrb(nrb: string): string {
  return `${nrb.slice(0, 2)} ${nrb.slice(2).replace(/(.{4})(?=.)/g, "$1 ")}`;
}

/** The tenant file keeps the seller's account as an IBAN ("PL" + 26 digits). */
export const nrbOfIban = (iban: string) => iban.replace(/\s+/g, "").replace(/^PL/, "");
