import { describe, expect, it } from "vitest";
import { performance } from "node:perf_hooks";
import { requireTenantById } from "@/lib/tenant/registry";
import { withMinDuration } from "@/lib/security/min-duration";
import { loginReminderSchema, passwordRecoverySchema, resetPasswordSchema } from "@/lib/accounts/schemas/recovery";
import { passwordRecoveryTexts } from "@/app/odzyskiwanie-hasla/texts";

const polo = requireTenantById("polo");
const mpec = requireTenantById("mpec");

describe("withMinDuration (S06)", () => {
  it("S06: a quick answer waits until the minimum has passed", async () => {
    const start = performance.now();
    expect(await withMinDuration(120, async () => "ok")).toBe("ok");
    expect(performance.now() - start).toBeGreaterThanOrEqual(115);
  });

  it("counts from the given start, and a slow answer is not delayed further", async () => {
    const start = performance.now() - 100;
    await withMinDuration(120, async () => "ok", start);
    expect(performance.now() - start).toBeLessThan(200);
    const slow = performance.now();
    await withMinDuration(10, () => new Promise((r) => setTimeout(r, 60)));
    expect(performance.now() - slow).toBeLessThan(150);
  });

  it("S06: a failure is delayed too, then thrown", async () => {
    const start = performance.now();
    await expect(withMinDuration(100, async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(performance.now() - start).toBeGreaterThanOrEqual(95);
  });
});

describe("recovery forms", () => {
  it("asks for the login with the documents' wording and trims it", () => {
    expect(passwordRecoverySchema(polo).safeParse({ login: "  " }).error!.issues[0]!.message).toBe("Pole Login jest wymagane");
    expect(passwordRecoverySchema(polo).parse({ login: " jan.kowalski " })).toEqual({ login: "jan.kowalski" });
  });

  it("checks the e-mail and lower-cases it", () => {
    expect(loginReminderSchema(polo).safeParse({}).error!.issues[0]!.message).toBe("Pole E-mail jest wymagane");
    expect(loginReminderSchema(polo).safeParse({ email: "nie-adres" }).success).toBe(false);
    expect(loginReminderSchema(polo).parse({ email: " Jan@Example.PL " })).toEqual({ email: "jan@example.pl" });
  });

  it("reports every problem of the new-password form at once and keeps passwords as typed", () => {
    const empty = resetPasswordSchema(mpec).safeParse({ token: "t" });
    expect(empty.error!.issues.map((i) => i.message)).toEqual(["Pole Nowe hasło jest wymagane", "Pole Powtórz hasło jest wymagane"]);
    expect(resetPasswordSchema(mpec).safeParse({ token: "t", password: "Zielona-Lampa-7", repeat: "Zielona-Lampa-8" }).error!.issues[0]!.message).toBe(
      "Hasła nie są takie same.",
    );
    const weak = resetPasswordSchema(mpec).safeParse({ token: "t", password: "krotkie", repeat: "inne" });
    expect(weak.error!.issues.map((i) => i.path[0])).toEqual(["password", "password", "password", "repeat"]);
    expect(resetPasswordSchema(mpec).parse({ token: "t", password: " Ab cdefg1 ", repeat: " Ab cdefg1 " }).password).toBe(" Ab cdefg1 ");
  });
});

describe("password-recovery page texts", () => {
  it("Polenergia: the documents' words (Rys. 9/10), the same for every login", () => {
    const t = passwordRecoveryTexts(polo);
    expect(t.title).toBe("EBOK / Odzyskiwanie hasła");
    expect(t.button).toBe("Resetuj hasło");
    expect(t.doneHeading).toBe("Wygenerowano nowe hasło!");
    expect(t.doneText).toBe(
      "Wygenerowano nowe hasło jednorazowe. Zostało ono wysłane na adres e-mail Twojego konta. Hasło wymaga zmiany przy pierwszym logowaniu.",
    );
    expect(t.doneHelp).toContain(polo.contacts.phone);
  });

  it("MPEC: its own link text and a reset link instead of a one-time password", () => {
    const t = passwordRecoveryTexts(mpec);
    expect(t.title).toBe("Zapomniałeś hasła?");
    expect(t.doneText).toMatch(/link/i);
    expect(t.loginHint).toMatch(/numer odbiorcy/);
    expect(t.doneHelp).toContain(mpec.contacts.phone);
  });
});
