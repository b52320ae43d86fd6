import { z } from "zod";
import { report, requiredMessage, text, type Issue } from "@/lib/accounts/schemas/fields";

export type Zone = "all" | "day" | "night";

export const readingSourceLabels = { actual: "rzeczywisty", estimated: "szacowany", customer: "klienta" } as const;
export const readingZoneLabels: Record<Zone, string> = { all: "całodobowa", day: "dzienna", night: "nocna" };

/** "Podaj odczyt": Data odczytu, Wskazanie (one per zone of the meter). */
export const readingLabels = { date: "Data odczytu", value: "Wskazanie" } as const;

/** Each zone's form fields: its value and its confirmation box, and its label. */
export const zoneFields: Record<Zone, { value: string; confirm: string; label: string }> = {
  all: { value: "value", confirm: "confirm", label: "Wskazanie" },
  day: { value: "valueDay", confirm: "confirmDay", label: "Wskazanie strefy dziennej" },
  night: { value: "valueNight", confirm: "confirmNight", label: "Wskazanie strefy nocnej" },
};

/** The zones the form was drawn for (its hidden `zones` field): "day,night" or, by default, "all". */
export function parseZones(input: string): Zone[] | null {
  const value = input.trim();
  if (value === "" || value === "all") return ["all"];
  if (value === "day,night") return ["day", "night"];
  if (value === "day" || value === "night") return [value];
  return null;
}

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

type RawForm = Record<"date" | "zones" | "value" | "valueDay" | "valueNight", string>;

/** The date and each zone's value, checked in one pass (docs/style.md §5). */
export function checkReadingFields(raw: RawForm, issues: Issue[]): void {
  if (!raw.date.trim()) issues.push({ path: "date", message: requiredMessage(readingLabels.date) });
  else if (!parseReadingDate(raw.date)) issues.push({ path: "date", message: "Podaj datę w postaci dd.mm.rrrr." });
  const zones = parseZones(raw.zones);
  if (!zones) {
    issues.push({ path: "zones", message: "Nieznane strefy licznika. Odśwież stronę i spróbuj ponownie." });
    return;
  }
  for (const zone of zones) {
    const { value: path, label } = zoneFields[zone];
    const value = raw[path as keyof RawForm];
    if (!value.trim()) issues.push({ path, message: requiredMessage(label) });
    else if (!parseReadingValue(value)) issues.push({ path, message: `${label} musi być liczbą nieujemną z najwyżej 3 miejscami po przecinku, np. 1234,5.` });
  }
}

/**
 * `zones`: the zones the form shows (one value each). `replaces`: the id of the customer's reading this
 * one corrects (empty for a new reading). `confirm…`: the checkbox of the confirmation step; its value
 * is the reading the customer was warned about, so a confirmation never covers a value typed afterwards.
 */
export const readingFormSchema = () =>
  z
    .object({
      point: text(),
      date: text(),
      zones: text(),
      value: text(),
      valueDay: text(),
      valueNight: text(),
      replaces: text(),
      confirm: text(),
      confirmDay: text(),
      confirmNight: text(),
    })
    .superRefine((input, ctx) => {
      const issues: Issue[] = [];
      checkReadingFields(input, issues);
      report(ctx, issues);
    })
    .transform((input) => ({
      point: input.point.trim(),
      date: parseReadingDate(input.date)!,
      replaces: input.replaces.trim() || null,
      values: parseZones(input.zones)!.map((zone) => ({
        zone,
        value: parseReadingValue(input[zoneFields[zone].value as "value"])!,
        confirmedValue: parseReadingValue(input[zoneFields[zone].confirm as "confirm"]),
      })),
    }));

export const withdrawReadingSchema = () =>
  z.object({ point: text(), reading: text() }).transform((input) => ({ point: input.point.trim(), reading: input.reading.trim() }));

export type ReadingInput = z.output<ReturnType<typeof readingFormSchema>>;
export type ZoneValue = ReadingInput["values"][number];
