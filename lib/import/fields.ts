import { z } from "zod";
import { parseAmount } from "@/lib/format";
import { isValidPesel } from "@/lib/validation/pesel";
import { isValidNip } from "@/lib/validation/nip";
import { compactNrb, isValidNrb } from "@/lib/validation/nrb";

/** Field schemas of the import format (docs/import-format.md §3); their messages end up in the bad-line reasons. */

/** "123.45" / "-12.30" → integer grosze. */
export const amount = z
  .string()
  .regex(/^-?\d{1,13}\.\d{2}$/, 'kwota musi mieć postać "123.45" (dwa miejsca po kropce)')
  .transform((value) => parseAmount(value)!);

/** Quantities and meter values keep their decimal text; they go to numeric columns unchanged. */
export const decimal = z.string().regex(/^-?\d{1,12}(\.\d{1,6})?$/, 'liczba musi mieć postać "12.345"');

export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const isoDate = z.string().refine(isRealDate, "data musi być prawdziwą datą w postaci RRRR-MM-DD");

export const id = z.string().min(1, "identyfikator nie może być pusty").max(100, "identyfikator jest dłuższy niż 100 znaków");
export const text = (max = 500) => z.string().trim().min(1, "wartość nie może być pusta").max(max, `wartość jest dłuższa niż ${max} znaków`);

/** Optional fields may be absent or null; both are stored as NULL. */
export const opt = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);

export const pesel = z.string().refine(isValidPesel, "nieprawidłowy PESEL (suma kontrolna lub data urodzenia)");
export const nip = z.string().refine(isValidNip, "nieprawidłowy NIP (10 cyfr bez kresek, suma kontrolna)");

/** A Polish account number (NRB, 26 digits); spaces as banks print it are allowed and dropped, "PL" is not. */
export const nrb = z
  .string()
  .transform(compactNrb)
  .superRefine((value, ctx) => {
    if (!/^\d{26}$/.test(value)) ctx.addIssue({ code: "custom", message: 'numer rachunku musi mieć 26 cyfr (NRB, bez "PL"; spacje są dozwolone)' });
    else if (!isValidNrb(value)) ctx.addIssue({ code: "custom", message: "nieprawidłowy numer rachunku (suma kontrolna)" });
  });

export const address = z.strictObject({
  street: text(200),
  building: text(20),
  apartment: opt(text(20)),
  postalCode: z.string().regex(/^\d{2}-\d{3}$/, 'kod pocztowy musi mieć postać "00-000"'),
  city: text(100),
});
