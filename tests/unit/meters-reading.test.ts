import { describe, expect, it } from "vitest";
import { parseReadingDate, parseReadingValue, readingFormSchema } from "@/lib/meters/reading-form";

describe("reading value", () => {
  it("accepts a decimal comma or point with up to 3 decimals", () => {
    expect(parseReadingValue("1234,5")).toBe("1234.5");
    expect(parseReadingValue("1234.5")).toBe("1234.5");
    expect(parseReadingValue(" 1 234,567 ")).toBe("1234.567");
    expect(parseReadingValue("0")).toBe("0");
    expect(parseReadingValue("007,1")).toBe("7.1");
  });

  it("refuses negatives, more than 3 decimals and text", () => {
    for (const bad of ["-1", "1,2345", "abc", "1,2,3", "", "1e3", "12,"]) expect(parseReadingValue(bad), bad).toBeNull();
  });
});

describe("reading date", () => {
  it("accepts the date input's format and dd.mm.rrrr, only real dates", () => {
    expect(parseReadingDate("2026-11-21")).toBe("2026-11-21");
    expect(parseReadingDate("21.11.2026")).toBe("2026-11-21");
    expect(parseReadingDate("2026-02-30")).toBeNull();
    expect(parseReadingDate("jutro")).toBeNull();
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
      value: "1234.5",
      replaces: null,
      confirmedValue: null,
    });
  });

  it("carries the reading a correction replaces and the value the customer confirmed, normalised like the field", () => {
    expect(readingFormSchema().parse({ point: "P1", date: "2026-11-20", value: "5 000,5", replaces: " web-1 ", confirm: "5000,5" })).toEqual({
      point: "P1",
      date: "2026-11-20",
      value: "5000.5",
      replaces: "web-1",
      confirmedValue: "5000.5",
    });
    expect(readingFormSchema().parse({ point: "P1", date: "2026-11-20", value: "1", confirm: "on" }).confirmedValue).toBeNull();
  });
});
