import { describe, expect, it } from "vitest";
import { parseReadingDate, parseReadingValue, readingFormSchema } from "@/lib/meters/reading-form";
import { cases } from "@/tests/helpers/cases";

describe("reading value", () => {
  it.each(cases({ "1234,5": "1234.5", "1234.5": "1234.5", " 1 234,567 ": "1234.567", "0": "0", "007,1": "7.1" }))(
    "accepts a decimal comma or point with up to 3 decimals: %j",
    (raw, expected) => {
      expect(parseReadingValue(raw)).toBe(expected);
    },
  );

  it("refuses negatives, more than 3 decimals and text", () => {
    for (const bad of ["-1", "1,2345", "abc", "1,2,3", "", "1e3", "12,"]) expect(parseReadingValue(bad), bad).toBeNull();
  });
});

describe("reading date", () => {
  it.each(["2026-11-21", "21.11.2026"])("accepts the date input's format and dd.mm.rrrr: %s", (raw) => {
    expect(parseReadingDate(raw)).toBe("2026-11-21");
  });

  it.each(["2026-02-30", "jutro"])("accepts only real dates, not %s", (raw) => {
    expect(parseReadingDate(raw)).toBeNull();
  });
});

describe("reading form schema", () => {
  it("reports every problem at once, in Polish", () => {
    const result = readingFormSchema().safeParse({ point: "P1", date: "", value: "-3" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual([
      "date: Pole Data odczytu jest wymagane",
      "value: Wskazanie musi być liczbą nieujemną z najwyżej 3 miejscami po przecinku, np. 1234,5.",
    ]);
  });

  it("gives the normalised values", () => {
    expect(readingFormSchema().parse({ point: "P1", date: "2026-11-20", value: "1234,5" })).toEqual({
      point: "P1",
      date: "2026-11-20",
      replaces: null,
      values: [{ zone: "all", value: "1234.5", confirmedValue: null }],
    });
  });

  it("carries the reading a correction replaces and the value the customer confirmed, normalised like the field", () => {
    expect(readingFormSchema().parse({ point: "P1", date: "2026-11-20", value: "5 000,5", replaces: " web-1 ", confirm: "5000,5" })).toEqual({
      point: "P1",
      date: "2026-11-20",
      replaces: "web-1",
      values: [{ zone: "all", value: "5000.5", confirmedValue: "5000.5" }],
    });
    expect(readingFormSchema().parse({ point: "P1", date: "2026-11-20", value: "1", confirm: "on" }).values[0]!.confirmedValue).toBeNull();
  });

  it("takes a value per zone of a two-zone meter and checks each (docs/portal.md §14)", () => {
    expect(readingFormSchema().parse({ point: "P1", date: "2026-11-20", zones: "day,night", valueDay: "12,5", valueNight: "7", confirmNight: "7" })).toEqual({
      point: "P1",
      date: "2026-11-20",
      replaces: null,
      values: [
        { zone: "day", value: "12.5", confirmedValue: null },
        { zone: "night", value: "7", confirmedValue: "7" },
      ],
    });
    const result = readingFormSchema().safeParse({ point: "P1", date: "2026-11-20", zones: "day,night", valueDay: "x", value: "5" });
    expect(result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "valueDay: Wskazanie strefy dziennej musi być liczbą nieujemną z najwyżej 3 miejscami po przecinku, np. 1234,5.",
      "valueNight: Pole Wskazanie strefy nocnej jest wymagane",
    ]);
    expect(readingFormSchema().safeParse({ point: "P1", date: "2026-11-20", zones: "all,day", value: "5" }).error!.issues[0]!.path).toEqual(["zones"]);
  });
});
