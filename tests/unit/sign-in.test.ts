import { describe, expect, it } from "vitest";
import { signInSchema } from "@/lib/accounts/schemas/sign-in";
import { countsPerAddress } from "@/lib/security/rate-limit";
import { describeBalance } from "@/lib/billing/balance";
import { contractStatusLabels } from "@/lib/contracts/queries";

describe("sign-in form schema", () => {
  it("reports both empty fields at once with the documents' wording", () => {
    const result = signInSchema().safeParse({});
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["login", "Pole Login jest wymagane"],
      ["password", "Pole Hasło jest wymagane"],
    ]);
  });

  it("S01: takes the password exactly as typed (spaces and case count), trims only the login", () => {
    const result = signInSchema().parse({ login: "  Jan.Nowak ", password: " Ala Ma Kota 1 ", remember: "on" });
    expect(result).toEqual({ login: "Jan.Nowak", password: " Ala Ma Kota 1 ", remember: true });
    expect(signInSchema().parse({ login: "x", password: "y" }).remember).toBe(false);
  });
});

describe("Pulpit balance wording", () => {
  it("says due, overpaid or nothing in words", () => {
    expect(describeBalance(123_456)).toEqual({ kind: "due", label: "Do zapłaty:", grosze: 123_456 });
    expect(describeBalance(-5_000)).toEqual({ kind: "overpaid", label: "Nadpłata:", grosze: 5_000 });
    expect(describeBalance(0)).toEqual({ kind: "zero", label: "Brak należności", grosze: 0 });
  });

  it("names contract statuses as the documents do", () => {
    expect(contractStatusLabels.signed_by_customer).toBe("Podpisana przez klienta");
    expect(contractStatusLabels.active).toBe("Aktywna");
    expect(contractStatusLabels.terminated).toBe("Rozwiązana");
  });
});

describe("per-address limits", () => {
  it("leave this machine's own loopback addresses and unknown ones to the per-login limit", () => {
    expect(["127.0.0.1", "::1", "::ffff:127.0.0.1"].some(countsPerAddress)).toBe(false);
    expect(countsPerAddress(null)).toBe(false);
    expect(["203.0.113.7", "::ffff:10.0.0.1", "2001:db8::1", "1127.0.0.1"].every(countsPerAddress)).toBe(true);
  });
});
