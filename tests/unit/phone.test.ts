import { describe, expect, it } from "vitest";
import { formatPhone, normalizePolishMobile } from "@/lib/validation/phone";
import { cases } from "@/tests/helpers/cases";

describe("Polish mobile numbers", () => {
  it.each(cases({ "600 100 200": "+48600100200", "+48 512-345-678": "+48512345678", "0048512345678": "+48512345678" }))(
    "accepts the common spelling %s of a mobile number and normalizes it",
    (raw, expected) => {
      expect(normalizePolishMobile(raw)).toBe(expected);
    },
  );

  it.each(["22 123 45 67", "+49 1512 3456789", "12345", "abc"])("refuses landlines, foreign numbers and garbage: %s", (raw) => {
    expect(normalizePolishMobile(raw)).toBeNull();
  });
});

describe("formatPhone", () => {
  it.each(cases({ "+48600100200": "+48 600 100 200", "600100200": "+48 600 100 200" }))(
    "shows a number in groups, whatever spelling it was stored in: %s",
    (stored, expected) => {
      expect(formatPhone(stored)).toBe(expected);
    },
  );

  it.each(["+48 17 000 00 00", "tel. do sekretariatu"])("shows an unknown one as it came: %s", (stored) => {
    expect(formatPhone(stored)).toBe(stored);
  });
});
