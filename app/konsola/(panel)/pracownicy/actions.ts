"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/staff/action";
import { refused } from "@/lib/staff/refused";
import {
  createManagedStaff,
  resetManagedStaff,
  setStaffDisabled,
  staffAccessSchema,
  staffInputSchema,
  unlockManagedStaff,
  updateStaffAccess,
} from "@/lib/staff/staff-admin";
import { shownOnce, type SecretFormState } from "@/components/console/secret-box";

/** "Pracownicy": the work, the scope and the self-check are in lib/staff/staff-admin.ts. */

const idSchema = z.object({ id: z.string().trim().max(100) });
const personHref = (id: string) => `/konsola/pracownicy/${id}`;
const OTP_NOTE =
  "Przekaż je tej osobie bezpiecznym kanałem (nie e-mailem). Nie pokażemy go ponownie. Przy pierwszym logowaniu ustawi własne hasło i skonfiguruje aplikację uwierzytelniającą; hasło jednorazowe otwiera tylko jedno logowanie.";

export const createStaffAction = adminAction(staffInputSchema, async (input, scope): Promise<SecretFormState> => {
  const result = await createManagedStaff(scope, input);
  if (!result.ok) return refused(result);
  revalidatePath("/konsola/pracownicy");
  const otp = { label: "Hasło jednorazowe", value: result.oneTimePassword, note: OTP_NOTE };
  return shownOnce(`Utworzono konto ${input.email.trim().toLowerCase()}.`, otp, { href: personHref(result.id), label: "Przejdź do konta pracownika" });
});

export const resetStaffAction = adminAction(idSchema, async (input, scope): Promise<SecretFormState> => {
  const result = await resetManagedStaff(scope, input.id);
  if (!result.ok) return refused(result);
  revalidatePath(personHref(input.id));
  const otp = { label: "Hasło jednorazowe", value: result.oneTimePassword, note: OTP_NOTE };
  return shownOnce("Nadano nowe hasło jednorazowe. Dotychczasowe hasło, aplikacja uwierzytelniająca i sesje tej osoby przestały działać.", otp);
});

export const updateStaffAccessAction = adminAction(staffAccessSchema, async (input, scope) => {
  const result = await updateStaffAccess(scope, input.id, input);
  if (!result.ok) return refused(result);
  redirect(`${personHref(input.id)}?zmiana=dostep`);
});

export const unlockStaffAction = adminAction(idSchema, async (input, scope) => {
  const result = await unlockManagedStaff(scope, input.id);
  if (!result.ok) return refused(result);
  redirect(`${personHref(input.id)}?zmiana=odblokowano`);
});

export const setStaffDisabledAction = adminAction(idSchema.extend({ disabled: z.enum(["0", "1"]) }), async (input, scope) => {
  const result = await setStaffDisabled(scope, input.id, input.disabled === "1");
  if (!result.ok) return refused(result);
  redirect(`${personHref(input.id)}?zmiana=${input.disabled === "1" ? "wylaczono" : "wlaczono"}`);
});
