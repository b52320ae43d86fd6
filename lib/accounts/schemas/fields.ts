import { z } from "zod";
import { isValidPesel } from "@/lib/validation/pesel";
import { isValidNip } from "@/lib/validation/nip";
import { normalizePolishMobile } from "@/lib/validation/phone";

/**
 * Field rules shared by the forms (docs/style.md §6). A form's schema takes every field as a string and
 * checks them all in one pass, so the user sees every problem at once, each under its field, with
 * the documents' wording: "Pole <label> jest wymagane".
 */
export const requiredMessage = (label: string) => `Pole ${label} jest wymagane`;

export type Issue = { path: string; message: string };

/** The raw text of a field (absent → ""). */
export const text = () => z.string().max(4000, "Wpisany tekst jest za długi (najwyżej 4000 znaków).").optional().default("");

export const digitsOnly = (value: string) => value.replace(/[\s-]/g, "");

export function checkPesel(value: string, issues: Issue[], path = "pesel"): string {
  const pesel = digitsOnly(value);
  if (!pesel) issues.push({ path, message: requiredMessage("PESEL") });
  else if (!isValidPesel(pesel)) issues.push({ path, message: "Podany numer PESEL jest nieprawidłowy." });
  return pesel;
}

export function checkNip(value: string, issues: Issue[], path = "nip"): string {
  const nip = digitsOnly(value).replace(/^PL/i, "");
  if (!nip) issues.push({ path, message: requiredMessage("NIP") });
  else if (!isValidNip(nip)) issues.push({ path, message: "Podany numer NIP jest nieprawidłowy." });
  return nip;
}

const emailSchema = z.email();

export function checkEmail(value: string, issues: Issue[], label: string, path = "email"): string {
  const email = value.trim();
  if (!email) issues.push({ path, message: requiredMessage(label) });
  else if (email.length > 254 || !emailSchema.safeParse(email).success)
    issues.push({ path, message: "Podaj poprawny adres e-mail, np. jan.kowalski@example.pl." });
  return email.toLowerCase();
}

export function checkMobile(value: string, issues: Issue[], label: string, path = "phone"): string {
  if (!value.trim()) {
    issues.push({ path, message: requiredMessage(label) });
    return "";
  }
  const phone = normalizePolishMobile(value);
  if (!phone) issues.push({ path, message: "Podaj poprawny polski numer telefonu komórkowego, np. 600 100 200." });
  return phone ?? "";
}

export function checkRequired(value: string, issues: Issue[], label: string, path: string): string {
  const trimmed = value.trim();
  if (!trimmed) issues.push({ path, message: requiredMessage(label) });
  return trimmed;
}

export function checkAccepted(value: string, issues: Issue[], label: string, path: string): boolean {
  if (value !== "on") issues.push({ path, message: requiredMessage(label) });
  return value === "on";
}

/** Applies collected issues to a zod refinement context. */
export function report(ctx: z.RefinementCtx, issues: Issue[]): void {
  for (const issue of issues) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
}
