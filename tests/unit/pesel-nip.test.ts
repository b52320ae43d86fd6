import { describe, expect, it } from "vitest";
import { isValidPesel, makePesel, peselBirthDate } from "@/lib/validation/pesel";
import { isValidNip } from "@/lib/validation/nip";

describe("PESEL", () => {
  it.each(["44051401359", "02070803628", "78041741257", "85090322746"])("accepts %s", (pesel) => {
    expect(isValidPesel(pesel)).toBe(true);
  });

  it.each([
    ["44051401358", "wrong checksum"],
    ["4405140135", "too short"],
    ["440514013590", "too long"],
    ["4405140135a", "not digits"],
    ["44053101350", "31 May exists but checksum off"],
    ["44023001355", "30 February"],
    ["44131401357", "month 13"],
  ])("rejects %s (%s)", (pesel) => {
    expect(isValidPesel(pesel)).toBe(false);
  });

  it("decodes the century from the month", () => {
    expect(peselBirthDate("02270803624")).toBe("2002-07-08");
    expect(peselBirthDate("44051401359")).toBe("1944-05-14");
  });

  it("makes valid numbers with the right sex digit", () => {
    for (const [date, female] of [
      ["1940-01-01", true],
      ["1999-12-31", false],
      ["2000-02-29", true],
    ] as const) {
      const pesel = makePesel(date, 123, female);
      expect(isValidPesel(pesel)).toBe(true);
      expect(peselBirthDate(pesel)).toBe(date);
      expect(Number(pesel[9]) % 2).toBe(female ? 0 : 1);
    }
  });
});

describe("NIP", () => {
  it.each(["1234563218", "8170001238", "5261040828"])("accepts %s", (nip) => {
    expect(isValidNip(nip)).toBe(true);
  });

  it.each(["1234563211", "123456321", "123-456-32-18", "0234563218", "abcdefghij"])("rejects %s", (nip) => {
    expect(isValidNip(nip)).toBe(false);
  });
});
