/**
 * PESEL: 11 digits, YYMMDD birth date (the month carries the century: +80 for 1800s, +0 for 1900s,
 * +20 for 2000s, +40 for 2100s, +60 for 2200s), a serial whose last digit is odd for men and even for
 * women, and a checksum digit with weights 1-3-7-9.
 */
const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const;
const CENTURY_BY_OFFSET: Record<number, number> = { 80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200 };

export function peselChecksum(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(first10[i]) * WEIGHTS[i]!;
  return (10 - (sum % 10)) % 10;
}

/** The birth date a PESEL encodes as YYYY-MM-DD, or null when it is not a real date. */
export function peselBirthDate(pesel: string): string | null {
  const yy = Number(pesel.slice(0, 2));
  const mmRaw = Number(pesel.slice(2, 4));
  const dd = Number(pesel.slice(4, 6));
  const offset = Math.floor(mmRaw / 20) * 20;
  const century = CENTURY_BY_OFFSET[offset];
  const month = mmRaw - offset;
  if (century === undefined || month < 1 || month > 12) return null;
  const year = century + yy;
  const date = new Date(Date.UTC(year, month - 1, dd));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dd) return null;
  return date.toISOString().slice(0, 10);
}

export function isValidPesel(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  if (peselBirthDate(value) === null) return false;
  return peselChecksum(value) === Number(value[10]);
}

/** Builds a valid PESEL (used by the demo data) from a birth date, a 3-digit serial and the sex. */
export function makePesel(birthDate: string, serial: number, female: boolean): string {
  const [y, m, d] = birthDate.split("-").map(Number) as [number, number, number];
  const offset = Object.entries(CENTURY_BY_OFFSET).find(([, c]) => c === Math.floor(y / 100) * 100)?.[0];
  if (offset === undefined) throw new Error(`PESEL cannot encode year ${y}`);
  const mm = m + Number(offset);
  const sexDigit = ((serial % 5) * 2 + (female ? 0 : 1)) % 10;
  const body = `${String(y % 100).padStart(2, "0")}${String(mm).padStart(2, "0")}${String(d).padStart(2, "0")}${String(serial % 1000).padStart(3, "0")}${sexDigit}`;
  return body + peselChecksum(body);
}
