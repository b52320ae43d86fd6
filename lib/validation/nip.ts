/**
 * NIP (tax id): 10 digits, written here without dashes; the last digit is the weighted sum of the
 * first nine (weights 6-5-7-2-3-4-5-6-7) modulo 11, and a remainder of 10 is never issued.
 */
const WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;

export function nipChecksum(first9: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * WEIGHTS[i]!;
  return sum % 11;
}

export function isValidNip(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  if (value.startsWith("0")) return false; // tax-office prefixes start at 1
  const check = nipChecksum(value);
  return check !== 10 && check === Number(value[9]);
}
