import { describe, expect, it } from "vitest";
import { maskPesel } from "@/lib/my-data/display";
import { parseSince } from "@/lib/export/export-events";
import { formatAddress } from "@/lib/format";

describe("Moje dane display", () => {
  it("shows only the last four digits of a PESEL", () => {
    expect(maskPesel("44051401359")).toBe("*******1359");
  });

  it("writes an address the Polish way, with the apartment after a slash", () => {
    expect(formatAddress({ street: "ul. Lipowa", building: "5", apartment: "3", postalCode: "00-950", city: "Warszawa" })).toBe(
      "ul. Lipowa 5/3, 00-950 Warszawa",
    );
    expect(formatAddress({ street: "ul. Lipowa", building: "5", postalCode: "00-950", city: "Warszawa" })).toBe("ul. Lipowa 5, 00-950 Warszawa");
  });
});

describe("export cursor", () => {
  it("accepts a missing or non-negative integer cursor and nothing else", () => {
    expect(parseSince(null)).toBe(0);
    expect(parseSince("")).toBe(0);
    expect(parseSince("1234")).toBe(1234);
    for (const bad of ["-1", "1e3", "abc", "1.5", " 1", "9".repeat(16)]) expect(parseSince(bad)).toBeNull();
  });
});
