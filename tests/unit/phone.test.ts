import { describe, expect, it } from "vitest";
import { formatPhone, normalizePolishMobile } from "@/lib/validation/phone";

describe("Polish mobile numbers", () => {
  it("accepts common spellings of a mobile number and normalizes them", () => {
    expect(normalizePolishMobile("600 100 200")).toBe("+48600100200");
    expect(normalizePolishMobile("+48 512-345-678")).toBe("+48512345678");
    expect(normalizePolishMobile("0048512345678")).toBe("+48512345678");
  });

  it("refuses landlines, foreign numbers and garbage", () => {
    expect(normalizePolishMobile("22 123 45 67")).toBeNull();
    expect(normalizePolishMobile("+49 1512 3456789")).toBeNull();
    expect(normalizePolishMobile("12345")).toBeNull();
    expect(normalizePolishMobile("abc")).toBeNull();
  });
});

describe("formatPhone", () => {
  it("shows a number in groups, whatever spelling it was stored in; an unknown one as it came", () => {
    expect(formatPhone("+48600100200")).toBe("+48 600 100 200");
    expect(formatPhone("600100200")).toBe("+48 600 100 200");
    expect(formatPhone("+48 17 000 00 00")).toBe("+48 17 000 00 00");
    expect(formatPhone("tel. do sekretariatu")).toBe("tel. do sekretariatu");
  });
});
