import { z } from "zod";
import { report, requiredMessage, text, type Issue } from "@/lib/accounts/schemas/fields";

/** "Podaj odczyt": Data odczytu, Wskazanie. Both fields are checked in one pass (docs/style.md §5). */
export const readingLabels = { date: "Data odczytu", value: "Wskazanie" } as const;

/** "1234,5" or "1234.5" → "1234.5"; null when it is not a decimal ≥ 0 with up to 3 decimals. */
export function parseReadingValue(input: string): string | null {
  const compact = input.trim().replace(/[\s\u00a0]/g, "");
  const match = /^(\d{1,9})(?:[.,](\d{1,3}))?$/.exec(compact);
  if (!match) return null;
  const whole = match[1]!.replace(/^0+(?=\d)/, "");
  return match[2] ? `${whole}.${match[2]}` : whole;
}

/** A real calendar date as "YYYY-MM-DD" (the date input's format, or "dd.mm.rrrr" typed by hand), or null. */
export function parseReadingDate(input: string): string | null {
  const polish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(input.trim());
  const value = polish ? `${polish[3]}-${polish[2]!.padStart(2, "0")}-${polish[1]!.padStart(2, "0")}` : input.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? value : null;
}

export function checkReadingFields(raw: { date: string; value: string }, issues: Issue[]): { date: string; value: string } {
  let date = "";
  let value = "";
  if (!raw.date.trim()) issues.push({ path: "date", message: requiredMessage(readingLabels.date) });
  else {
    date = parseReadingDate(raw.date) ?? "";
    if (!date) issues.push({ path: "date", message: "Podaj datę w postaci dd.mm.rrrr." });
  }
  if (!raw.value.trim()) issues.push({ path: "value", message: requiredMessage(readingLabels.value) });
  else {
    value = parseReadingValue(raw.value) ?? "";
    if (!value) issues.push({ path: "value", message: "Wskazanie musi być liczbą nieujemną z najwyżej 3 miejscami po przecinku, np. 1234,5." });
  }
  return { date, value };
}

/**
 * `replaces`: the id of the customer's reading this one corrects (empty for a new reading).
 * `confirm`: the checkbox of the confirmation step; its value is the reading the customer was warned
 * about, so a confirmation never covers a value typed afterwards.
 */
export const readingFormSchema = () =>
  z
    .object({ point: text(), date: text(), value: text(), replaces: text(), confirm: text() })
    .superRefine((input, ctx) => {
      const issues: Issue[] = [];
      checkReadingFields(input, issues);
      report(ctx, issues);
    })
    .transform((input) => ({
      point: input.point.trim(),
      date: parseReadingDate(input.date)!,
      value: parseReadingValue(input.value)!,
      replaces: input.replaces.trim() || null,
      confirmedValue: parseReadingValue(input.confirm),
    }));

export const withdrawReadingSchema = () =>
  z.object({ point: text(), reading: text() }).transform((input) => ({ point: input.point.trim(), reading: input.reading.trim() }));

export type ReadingInput = z.output<ReturnType<typeof readingFormSchema>>;
