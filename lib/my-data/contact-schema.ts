import { z } from "zod";
import type { Address } from "@/db/schema";
import { checkEmail, checkMobile, report, requiredMessage, text, type Issue } from "@/lib/accounts/schemas/fields";

/** "Moje dane" → "Dane kontaktowe": phone, e-mail, optional correspondence address, and the current password (S19). */

export const contactLabels = {
  phone: "Tel. komórkowy",
  email: "Adres email",
  street: "Ulica",
  building: "Nr budynku",
  apartment: "Nr lokalu",
  postalCode: "Kod pocztowy",
  city: "Miejscowość",
  currentPassword: "Aktualne hasło",
} as const;

export const contactSecretFields = ["currentPassword"] as const;

export type ContactInput = { phone: string | null; email: string; correspondenceAddress: Address | null; currentPassword: string };

/** The address is optional as a whole; once any part is typed, the parts a letter needs are required. */
function checkAddress(input: Record<string, string>, issues: Issue[]): Address | null {
  const parts = {
    street: input.street!.trim(),
    building: input.building!.trim(),
    apartment: input.apartment!.trim(),
    postalCode: input.postalCode!.trim(),
    city: input.city!.trim(),
  };
  if (!Object.values(parts).some(Boolean)) return null;
  for (const key of ["street", "building", "postalCode", "city"] as const)
    if (!parts[key]) issues.push({ path: key, message: requiredMessage(contactLabels[key]) });
  if (parts.postalCode && !/^\d{2}-\d{3}$/.test(parts.postalCode))
    issues.push({ path: "postalCode", message: "Podaj kod pocztowy w formacie NN-NNN, np. 00-950." });
  const { apartment, ...rest } = parts;
  return apartment ? { ...rest, apartment } : rest;
}

export const contactSchema = () =>
  z
    .object({ phone: text(), email: text(), street: text(), building: text(), apartment: text(), postalCode: text(), city: text(), currentPassword: text() })
    .transform((input, ctx): ContactInput => {
      const issues: Issue[] = [];
      // A customer without a phone may leave it empty; a typed one must be a Polish mobile.
      const phone = input.phone.trim() ? checkMobile(input.phone, issues, contactLabels.phone) : null;
      const email = checkEmail(input.email, issues, contactLabels.email);
      const correspondenceAddress = checkAddress(input, issues);
      if (!input.currentPassword) issues.push({ path: "currentPassword", message: requiredMessage(contactLabels.currentPassword) });
      report(ctx, issues);
      return { phone, email, correspondenceAddress, currentPassword: input.currentPassword };
    });

export type PhoneInput = { phone: string | null; currentPassword: string };

/** The full-role delegate's form (docs/accounts.md §17): the customer's phone and the delegate's own password. */
export const phoneSchema = () =>
  z.object({ phone: text(), currentPassword: text() }).transform((input, ctx): PhoneInput => {
    const issues: Issue[] = [];
    const phone = input.phone.trim() ? checkMobile(input.phone, issues, contactLabels.phone) : null;
    if (!input.currentPassword) issues.push({ path: "currentPassword", message: requiredMessage(contactLabels.currentPassword) });
    report(ctx, issues);
    return { phone, currentPassword: input.currentPassword };
  });
