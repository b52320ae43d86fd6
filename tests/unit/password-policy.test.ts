import { describe, expect, it } from "vitest";
import { passwordProblems, effectiveMinLength } from "@/lib/auth/password-policy";
import polo from "@/tenants/polo";
import mpec from "@/tenants/mpec";
import { tenantSchema } from "@/lib/tenant/schema";

const poloPolicy = tenantSchema.parse(polo).passwordPolicy;
const mpecPolicy = tenantSchema.parse(mpec).passwordPolicy;

describe("password policy", () => {
  it("S01: 7 characters refused, 8 accepted, 128 accepted as typed, for every tenant", () => {
    for (const policy of [poloPolicy, mpecPolicy]) {
      expect(effectiveMinLength(policy)).toBeGreaterThanOrEqual(8);
      expect(passwordProblems("Ab3defg", policy)).toContain("Hasło musi mieć co najmniej 8 znaków.");
      expect(passwordProblems("Zb3dxfgh", policy)).toEqual([]);
      const long = "Zx9 " + "q".repeat(120) + "Rty9";
      expect(long).toHaveLength(128);
      expect(passwordProblems(long, policy)).toEqual([]);
      expect(passwordProblems(long + "x", policy)).toContain("Hasło może mieć najwyżej 128 znaków.");
    }
  });

  it("S01: MPEC's documented 6 is raised to 8 while its composition rule stays", () => {
    expect(mpecPolicy.documentedMinLength).toBe(6);
    expect(effectiveMinLength(mpecPolicy)).toBe(8);
    expect(passwordProblems("Abc12x", mpecPolicy)).toContain("Hasło musi mieć co najmniej 8 znaków.");
    expect(passwordProblems("ABCDEFG1", mpecPolicy)).toContain("Hasło musi zawierać przynajmniej jedną małą literę.");
    expect(passwordProblems("Abcdefgh", mpecPolicy)).toContain("Hasło musi zawierać przynajmniej jedną cyfrę.");
  });

  it("Polenergia rule: an upper-case letter and a digit or special character", () => {
    expect(passwordProblems("zielonydom!", poloPolicy)).toContain("Hasło musi zawierać przynajmniej jedną wielką literę.");
    expect(passwordProblems("Zielonydomek", poloPolicy)).toContain("Hasło musi zawierać przynajmniej jedną cyfrę lub znak specjalny.");
    expect(passwordProblems("Zielony domek", poloPolicy)).toEqual([]);
  });

  it("S01: spaces and case are significant (nothing is trimmed or folded)", () => {
    // Trimmed, "  Ab1     " would be 3 characters; as typed it is 10 and acceptable.
    expect(passwordProblems("  Ab1 qrx ", poloPolicy)).toEqual([]);
  });

  it("S02: a common password is refused, also with digits and symbols around it", () => {
    expect(passwordProblems("Password1!", poloPolicy)).toContain("To hasło jest zbyt popularne i łatwe do odgadnięcia. Wybierz inne.");
    expect(passwordProblems("Zaq12wsx", poloPolicy)).toContain("To hasło jest zbyt popularne i łatwe do odgadnięcia. Wybierz inne.");
    expect(passwordProblems("Kochanie2024", mpecPolicy)).toContain("To hasło jest zbyt popularne i łatwe do odgadnięcia. Wybierz inne.");
  });

  it("S02: the user's PESEL, login, NIP, customer number or the seller's name inside a password is refused", () => {
    const message = "Hasło nie może zawierać loginu, numeru PESEL, NIP, numeru odbiorcy ani nazwy sprzedawcy.";
    expect(passwordProblems("Xy44051401359", poloPolicy, { pesel: "44051401359" })).toContain(message);
    expect(passwordProblems("Jkowal-Zima7", poloPolicy, { login: "jkowal" })).toContain(message);
    expect(passwordProblems("Q5272618716q", poloPolicy, { nip: "5272618716" })).toContain(message);
    expect(passwordProblems("Odb000123Xy", mpecPolicy, { customerNumber: "000123" })).toContain(message);
    expect(passwordProblems("Polenergia#77", poloPolicy, { names: ["Polenergia"] })).toContain(message);
    expect(passwordProblems("Kasztan#77b", poloPolicy, { pesel: "44051401359", login: "jkowal" })).toEqual([]);
  });
});
