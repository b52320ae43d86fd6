import { describe, expect, it } from "vitest";
import { amountInWords, numberInWords, pluralForm } from "@/lib/pdf/amount-in-words";

describe("amount in words (Polish)", () => {
  it.each([
    [0, "zero złotych 00/100"],
    [100, "jeden złoty 00/100"],
    [200, "dwa złote 00/100"],
    [500, "pięć złotych 00/100"],
    [1100, "jedenaście złotych 00/100"],
    [1200, "dwanaście złotych 00/100"],
    [1400, "czternaście złotych 00/100"],
    [2100, "dwadzieścia jeden złotych 00/100"],
    [2200, "dwadzieścia dwa złote 00/100"],
    [2500, "dwadzieścia pięć złotych 00/100"],
    [10000, "sto złotych 00/100"],
    [10100, "sto jeden złotych 00/100"],
    [12345, "sto dwadzieścia trzy złote 45/100"],
    [100000, "tysiąc złotych 00/100"],
    [200000, "dwa tysiące złotych 00/100"],
    [500000, "pięć tysięcy złotych 00/100"],
    [1200000, "dwanaście tysięcy złotych 00/100"],
    [2200000, "dwadzieścia dwa tysiące złotych 00/100"],
    [1234567, "dwanaście tysięcy trzysta czterdzieści pięć złotych 67/100"],
    [123456, "tysiąc dwieście trzydzieści cztery złote 56/100"],
    [100000000, "milion złotych 00/100"],
    [300000000, "trzy miliony złotych 00/100"],
    [700000000, "siedem milionów złotych 00/100"],
    [123456789012, "miliard dwieście trzydzieści cztery miliony pięćset sześćdziesiąt siedem tysięcy osiemset dziewięćdziesiąt złotych 12/100"],
    [99999, "dziewięćset dziewięćdziesiąt dziewięć złotych 99/100"],
    [5, "zero złotych 05/100"],
  ])("%i grosze → %s", (grosze, words) => {
    expect(amountInWords(grosze)).toBe(words);
  });

  it("says minus for a negative amount (a correction)", () => {
    expect(amountInWords(-1686)).toBe("minus szesnaście złotych 86/100");
  });

  it("chooses the noun form by the last two digits", () => {
    const forms = ["złoty", "złote", "złotych"] as const;
    expect([1, 2, 4, 5, 12, 13, 22, 24, 25, 102, 112, 1001].map((n) => pluralForm(n, forms))).toEqual([
      "złoty",
      "złote",
      "złote",
      "złotych",
      "złotych",
      "złotych",
      "złote",
      "złote",
      "złotych",
      "złote",
      "złotych",
      "złotych",
    ]);
  });

  it("spells whole numbers and refuses what it cannot", () => {
    expect(numberInWords(1001)).toBe("tysiąc jeden");
    expect(numberInWords(2_000_005)).toBe("dwa miliony pięć");
    expect(numberInWords(1_000_000_000_000 - 1)).toContain("dziewięćset dziewięćdziesiąt dziewięć miliardów");
    expect(() => numberInWords(1.5)).toThrow(RangeError);
    expect(() => numberInWords(1_000_000_000_000)).toThrow(RangeError);
  });
});
