import { z } from "zod";
import type { Tenant } from "@/lib/tenant/schema";
import {
  checkAccepted,
  checkEmail,
  checkMobile,
  checkNip,
  checkPesel,
  checkRequired,
  report,
  requiredMessage,
  text,
  type Issue,
} from "@/lib/accounts/schemas/fields";

/**
 * The registration forms of both flows (docs/accounts.md §2, §3, documents 001 and 004). Each schema reads every
 * field as text and reports every problem at once, each under its own field, in the documents'
 * words. The labels are exported so the pages and the messages cannot drift apart.
 */

export const contractLabels = {
  customerType: "Typ klienta",
  pesel: "PESEL",
  nip: "NIP",
  contractNumber: "Numer umowy",
  login: "Login",
  loginRepeat: "Powtórz login",
  phone: "Tel. komórkowy",
  email: "Adres email",
  regulation: "Akceptacja regulaminu",
  cookies: "Korzystanie z plików cookie",
} as const;

export const customerTypes = [
  { value: "individual", label: "Klient indywidualny" },
  { value: "business", label: "Klient biznesowy" },
] as const;

export const LOGIN_MESSAGES = {
  format: "Login może mieć od 3 do 50 znaków: litery bez polskich znaków, cyfry oraz . _ - @.",
  digits: "Login nie może składać się z samych cyfr. Pozostaw pole puste, aby loginem był Twój numer PESEL lub NIP.",
  mismatch: "Wpisane loginy nie są identyczne.",
  repeatWithoutLogin: "Wpisz login w polu „Login” albo pozostaw oba pola puste.",
} as const;

const loginPattern = /^[A-Za-z0-9._@-]{3,50}$/;

export type ContractRegistration = {
  kind: "individual" | "business";
  /** The PESEL (individual) or NIP (business), digits only. */
  taxId: string;
  contractNumber: string;
  /** The chosen login, or null: then the PESEL/NIP is the login. */
  login: string | null;
  /** E.164, e.g. +48600100200. */
  phone: string;
  email: string;
};

/** POLO/POLSp: "EBOK / Rejestracja". Without JS both PESEL and NIP are sent; "Typ klienta" picks one. */
export function contractRegistrationSchema(_tenant?: Tenant) {
  return z
    .object({
      customerType: text(),
      pesel: text(),
      nip: text(),
      contractNumber: text(),
      login: text(),
      loginRepeat: text(),
      phone: text(),
      email: text(),
      regulation: text(),
      cookies: text(),
    })
    .transform((raw, ctx): ContractRegistration => {
      const issues: Issue[] = [];
      const kind = raw.customerType === "business" ? "business" : "individual";
      if (raw.customerType !== "individual" && raw.customerType !== "business")
        issues.push({ path: "customerType", message: requiredMessage(contractLabels.customerType) });
      const taxId = kind === "individual" ? checkPesel(raw.pesel, issues) : checkNip(raw.nip, issues);
      const contractNumber = checkRequired(raw.contractNumber, issues, contractLabels.contractNumber, "contractNumber");
      const login = checkLogin(raw.login.trim(), raw.loginRepeat.trim(), taxId, issues);
      const phone = checkMobile(raw.phone, issues, contractLabels.phone, "phone");
      const email = checkEmail(raw.email, issues, contractLabels.email, "email");
      checkAccepted(raw.regulation, issues, contractLabels.regulation, "regulation");
      checkAccepted(raw.cookies, issues, contractLabels.cookies, "cookies");
      report(ctx, issues);
      return { kind, taxId, contractNumber, login, phone, email };
    });
}

function checkLogin(login: string, repeat: string, taxId: string, issues: Issue[]): string | null {
  if (!login) {
    if (repeat) issues.push({ path: "login", message: LOGIN_MESSAGES.repeatWithoutLogin });
    return null;
  }
  if (!loginPattern.test(login)) issues.push({ path: "login", message: LOGIN_MESSAGES.format });
  // An all-digit login could be somebody else's PESEL or NIP, i.e. their default login.
  else if (/^\d+$/.test(login) && login !== taxId) issues.push({ path: "login", message: LOGIN_MESSAGES.digits });
  if (login !== repeat) issues.push({ path: "loginRepeat", message: LOGIN_MESSAGES.mismatch });
  return login;
}

export const customerNumberLabels = {
  customerNumber: "Numer odbiorcy",
  proof: "Potwierdzam tożsamość",
  invoiceNumber: "Numer ostatniej faktury",
  settlementAmount: "Kwota ostatniego rozliczenia",
  email: "E-mail",
  regulation: "Akceptuję regulamin portalu i zgadzam się z jego postanowieniami",
  dataProcessing: "Zgadzam się na przetwarzanie danych",
  eInvoice: "Zgadzam się na otrzymywanie e-faktur",
  captcha: "Nie jestem robotem",
} as const;

export const proofOptions = [
  { value: "invoice", label: "numerem ostatniej faktury" },
  { value: "settlement", label: "kwotą ostatniego rozliczenia (lokatorzy wspólnoty mieszkaniowej)" },
] as const;

export const AMOUNT_MESSAGE = "Podaj kwotę w złotych, np. 246,00.";

/** "246,00", "246.00", "246", "1 234,56", "1 234,56 zł" → grosze; anything else → null. */
export function parseTypedAmount(value: string): number | null {
  const compact = value.replace(/[\s\u00a0\u202f]/g, "").replace(/zł$/i, "");
  const match = /^(\d{1,12})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
}

export type CustomerNumberRegistration = {
  customerNumber: string;
  proof: { kind: "invoice"; invoiceNumber: string } | { kind: "settlement"; grosze: number };
  email: string;
  eInvoice: boolean;
  /** The ALTCHA payload; verified by the handler (it needs the database). */
  captcha: string;
};

/** MPEC: "Rejestracja użytkownika". Without JS both proof fields are sent; the choice picks one. */
export function customerNumberRegistrationSchema(tenant: Tenant) {
  const settlementAllowed = tenant.registration.flow === "customer-number" && tenant.registration.allowSettlementAmount;
  return z
    .object({
      customerNumber: text(),
      proof: text(),
      invoiceNumber: text(),
      settlementAmount: text(),
      email: text(),
      regulation: text(),
      dataProcessing: text(),
      eInvoice: text(),
      altcha: text(),
    })
    .transform((raw, ctx): CustomerNumberRegistration => {
      const issues: Issue[] = [];
      const customerNumber = checkRequired(raw.customerNumber, issues, customerNumberLabels.customerNumber, "customerNumber");
      let proof: CustomerNumberRegistration["proof"];
      if (settlementAllowed && raw.proof === "settlement") {
        const typed = checkRequired(raw.settlementAmount, issues, customerNumberLabels.settlementAmount, "settlementAmount");
        const grosze = typed ? parseTypedAmount(typed) : null;
        if (typed && grosze === null) issues.push({ path: "settlementAmount", message: AMOUNT_MESSAGE });
        proof = { kind: "settlement", grosze: grosze ?? -1 };
      } else {
        proof = { kind: "invoice", invoiceNumber: checkRequired(raw.invoiceNumber, issues, customerNumberLabels.invoiceNumber, "invoiceNumber") };
      }
      const email = checkEmail(raw.email, issues, customerNumberLabels.email, "email");
      checkAccepted(raw.regulation, issues, customerNumberLabels.regulation, "regulation");
      checkAccepted(raw.dataProcessing, issues, customerNumberLabels.dataProcessing, "dataProcessing");
      const captcha = tenant.captcha ? checkRequired(raw.altcha, issues, customerNumberLabels.captcha, "altcha") : "";
      report(ctx, issues);
      return { customerNumber, proof, email, eInvoice: raw.eInvoice === "on", captcha };
    });
}

export const initialPasswordLabels = { password: "Nowe hasło", passwordRepeat: "Powtórz hasło" } as const;
export const PASSWORDS_DIFFER = "Hasła nie są identyczne.";

/**
 * MPEC "Ustaw hasło do portalu": presence here. Equality and the tenant's rules are checked together
 * by setInitialPassword (the rules need the account's data), so the user sees every problem at once.
 */
export function initialPasswordSchema(_tenant?: Tenant) {
  return z
    .object({ password: z.string().max(4000).optional().default(""), passwordRepeat: z.string().max(4000).optional().default("") })
    .superRefine((raw, ctx) => {
      const issues: Issue[] = [];
      if (!raw.password) issues.push({ path: "password", message: requiredMessage(initialPasswordLabels.password) });
      if (!raw.passwordRepeat) issues.push({ path: "passwordRepeat", message: requiredMessage(initialPasswordLabels.passwordRepeat) });
      report(ctx, issues);
    });
}
