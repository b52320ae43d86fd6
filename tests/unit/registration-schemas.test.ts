import { describe, expect, it } from "vitest";
import { tenantById } from "@/lib/tenant/registry";
import {
  contractRegistrationSchema,
  customerNumberRegistrationSchema,
  initialPasswordSchema,
  LOGIN_MESSAGES,
  parseTypedAmount,
} from "@/lib/accounts/schemas/registration";
import { issuesToFieldErrors } from "@/lib/actions/form-data";

const polo = tenantById("polo")!;
const mpec = tenantById("mpec")!;

const valid = {
  customerType: "individual",
  pesel: "44051401359",
  nip: "",
  contractNumber: " UE/2024/0001 ",
  login: "",
  loginRepeat: "",
  phone: "600 100 200",
  email: "Jan@Example.pl",
  regulation: "on",
  cookies: "on",
};

function errorsOf(result: { success: boolean; error?: unknown }) {
  expect(result.success).toBe(false);
  return issuesToFieldErrors(result.error as never);
}

describe("POLO/POLSp registration form", () => {
  it("reports every missing field at once with the documents' words", () => {
    const errors = errorsOf(contractRegistrationSchema(polo).safeParse({ customerType: "business" }));
    expect(errors).toEqual({
      nip: ["Pole NIP jest wymagane"],
      contractNumber: ["Pole Numer umowy jest wymagane"],
      phone: ["Pole Tel. komórkowy jest wymagane"],
      email: ["Pole Adres email jest wymagane"],
      regulation: ["Pole Akceptacja regulaminu jest wymagane"],
      cookies: ["Pole Korzystanie z plików cookie jest wymagane"],
    });
  });

  it("asks for PESEL when the customer is an individual", () => {
    const errors = errorsOf(contractRegistrationSchema(polo).safeParse({ ...valid, pesel: "" }));
    expect(errors.pesel).toEqual(["Pole PESEL jest wymagane"]);
  });

  it("checks the PESEL and NIP checksums", () => {
    expect(errorsOf(contractRegistrationSchema(polo).safeParse({ ...valid, pesel: "44051401358" })).pesel).toEqual(["Podany numer PESEL jest nieprawidłowy."]);
    expect(errorsOf(contractRegistrationSchema(polo).safeParse({ ...valid, customerType: "business", nip: "1234563219" })).nip).toEqual([
      "Podany numer NIP jest nieprawidłowy.",
    ]);
  });

  it("reads PESEL or NIP according to “Typ klienta” when the browser sent both (no JavaScript)", () => {
    const both = { ...valid, pesel: "44051401359", nip: "123-456-32-18" };
    const individual = contractRegistrationSchema(polo).parse(both);
    expect(individual).toMatchObject({ kind: "individual", taxId: "44051401359" });
    const business = contractRegistrationSchema(polo).parse({ ...both, customerType: "business", pesel: "not checked" });
    expect(business).toMatchObject({ kind: "business", taxId: "1234563218" });
  });

  it("takes a Polish mobile number only, and stores it as E.164", () => {
    expect(errorsOf(contractRegistrationSchema(polo).safeParse({ ...valid, phone: "22 123 45 67" })).phone?.[0]).toMatch(/telefonu komórkowego/);
    expect(contractRegistrationSchema(polo).parse(valid).phone).toBe("+48600100200");
  });

  it("checks the e-mail syntax", () => {
    expect(errorsOf(contractRegistrationSchema(polo).safeParse({ ...valid, email: "jan@" })).email?.[0]).toMatch(/adres e-mail/);
    expect(contractRegistrationSchema(polo).parse(valid).email).toBe("jan@example.pl");
  });

  it("uses the PESEL/NIP as the login when none is given", () => {
    expect(contractRegistrationSchema(polo).parse(valid).login).toBeNull();
  });

  it("requires “Powtórz login” to match a chosen login", () => {
    expect(errorsOf(contractRegistrationSchema(polo).safeParse({ ...valid, login: "jan.k", loginRepeat: "jan.kk" })).loginRepeat).toEqual([
      LOGIN_MESSAGES.mismatch,
    ]);
    expect(errorsOf(contractRegistrationSchema(polo).safeParse({ ...valid, login: "jan.k" })).loginRepeat).toEqual([LOGIN_MESSAGES.mismatch]);
    expect(contractRegistrationSchema(polo).parse({ ...valid, login: "jan.k", loginRepeat: "jan.k" }).login).toBe("jan.k");
  });

  it("refuses a login that could be somebody else's PESEL or NIP", () => {
    expect(errorsOf(contractRegistrationSchema(polo).safeParse({ ...valid, login: "12345678901", loginRepeat: "12345678901" })).login).toEqual([
      LOGIN_MESSAGES.digits,
    ]);
  });

  it("keeps the consents required", () => {
    const errors = errorsOf(contractRegistrationSchema(polo).safeParse({ ...valid, regulation: "", cookies: "off" }));
    expect(errors).toEqual({ regulation: ["Pole Akceptacja regulaminu jest wymagane"], cookies: ["Pole Korzystanie z plików cookie jest wymagane"] });
  });
});

describe("MPEC registration form", () => {
  const base = { customerNumber: "10001", proof: "invoice", invoiceNumber: "FV/1", email: "a@example.pl", regulation: "on", dataProcessing: "on", altcha: "x" };

  it("reports every missing field at once", () => {
    const errors = errorsOf(customerNumberRegistrationSchema(mpec).safeParse({}));
    expect(errors).toEqual({
      customerNumber: ["Pole Numer odbiorcy jest wymagane"],
      invoiceNumber: ["Pole Numer ostatniej faktury jest wymagane"],
      email: ["Pole E-mail jest wymagane"],
      regulation: ["Pole Akceptuję regulamin portalu i zgadzam się z jego postanowieniami jest wymagane"],
      dataProcessing: ["Pole Zgadzam się na przetwarzanie danych jest wymagane"],
      altcha: ["Pole Nie jestem robotem jest wymagane"],
    });
  });

  it("reads the field the proof choice names", () => {
    expect(customerNumberRegistrationSchema(mpec).parse({ ...base, settlementAmount: "1" }).proof).toEqual({ kind: "invoice", invoiceNumber: "FV/1" });
    expect(customerNumberRegistrationSchema(mpec).parse({ ...base, proof: "settlement", settlementAmount: "1 234,56" }).proof).toEqual({
      kind: "settlement",
      grosze: 123456,
    });
    expect(errorsOf(customerNumberRegistrationSchema(mpec).safeParse({ ...base, proof: "settlement" })).settlementAmount).toEqual([
      "Pole Kwota ostatniego rozliczenia jest wymagane",
    ]);
  });

  it("stores the optional e-invoice consent as given", () => {
    expect(customerNumberRegistrationSchema(mpec).parse(base).eInvoice).toBe(false);
    expect(customerNumberRegistrationSchema(mpec).parse({ ...base, eInvoice: "on" }).eInvoice).toBe(true);
  });

  it("understands amounts as people type them", () => {
    expect(parseTypedAmount("246,00")).toBe(24600);
    expect(parseTypedAmount("246.00")).toBe(24600);
    expect(parseTypedAmount("246")).toBe(24600);
    expect(parseTypedAmount("1 234,56")).toBe(123456);
    expect(parseTypedAmount("1\u00a0234,5 zł")).toBe(123450);
    expect(parseTypedAmount("12,345")).toBeNull();
    expect(parseTypedAmount("-5")).toBeNull();
  });
});

describe("Ustaw hasło do portalu", () => {
  it("requires both fields", () => {
    expect(errorsOf(initialPasswordSchema(mpec).safeParse({}))).toEqual({
      password: ["Pole Nowe hasło jest wymagane"],
      passwordRepeat: ["Pole Powtórz hasło jest wymagane"],
    });
    // Passwords are taken as typed: nothing is trimmed.
    expect(initialPasswordSchema(mpec).parse({ password: " Ab 1 ", passwordRepeat: "x" })).toEqual({ password: " Ab 1 ", passwordRepeat: "x" });
  });
});
