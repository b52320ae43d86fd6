"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { refusedForm } from "@/lib/actions/action";
import { checkRequest } from "@/lib/request/check";
import { formDataToObject, invalid, issuesToFieldErrors } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { completeStaffSetup, signInStaff, verifyStaffCode } from "@/lib/staff/auth";
import { consoleRequest, requireHalfSession, setStaffCookie } from "@/lib/staff/session";

/**
 * The console's sign-in steps. Each passes the one request check (lib/request/check.ts: origin,
 * content type, size; no session yet) and the console host before anything else.
 */

const signInSchema = z.object({
  email: z.string().trim().min(1, "Pole E-mail jest wymagane.").max(200, "Adres e-mail jest za długi."),
  password: z.string().min(1, "Pole Hasło jest wymagane.").max(1000, "Hasło jest za długie."),
});

export async function staffSignInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const keep = { email: raw.email ?? "" };
  const checked = await checkRequest({ session: "none" });
  if (!checked.ok) return refusedForm(checked, keep);
  const { db, request } = await consoleRequest();
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return invalid(raw, ["password"], issuesToFieldErrors(parsed.error));
  const result = await signInStaff(db, parsed.data, request);
  if (!result.ok) return { status: "error", formError: result.message, values: keep };
  await setStaffCookie(result.token);
  redirect(result.next === "setup" ? "/konsola/konfiguracja" : "/konsola/logowanie/kod");
}

const codeSchema = z.object({ code: z.string().trim().min(1, "Pole Kod jest wymagane.").max(20, "Kod ma 6 cyfr.") });

export async function staffCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const checked = await checkRequest({ session: "none" });
  if (!checked.ok) return refusedForm(checked);
  const half = await requireHalfSession();
  if (half.mfaPassed) redirect("/konsola");
  const parsed = codeSchema.safeParse(raw);
  if (!parsed.success) return invalid(raw, ["code"], issuesToFieldErrors(parsed.error));
  const { db, request } = await consoleRequest();
  const result = await verifyStaffCode(db, half, parsed.data.code, request);
  if (!result.ok) return { status: "error", fieldErrors: { code: [result.message] } };
  await setStaffCookie(result.token);
  redirect("/konsola");
}

const setupSchema = z
  .object({
    password: z.string().min(1, "Pole Nowe hasło jest wymagane.").max(1000, "Hasło jest za długie."),
    repeat: z.string().min(1, "Pole Powtórz nowe hasło jest wymagane.").max(1000, "Hasło jest za długie."),
    code: z.string().trim().min(1, "Pole Kod z aplikacji jest wymagane.").max(20, "Kod ma 6 cyfr."),
  })
  .refine((v) => v.password === v.repeat, { path: ["repeat"], message: "Hasła nie są takie same." });

export async function staffSetupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const secret = ["password", "repeat", "code"];
  const checked = await checkRequest({ session: "none" });
  if (!checked.ok) return refusedForm(checked);
  const half = await requireHalfSession();
  // Setup is for a first sign-in (or after a reset); an enrolled person gives the code instead.
  if (!half.user.mustChangePassword && half.user.totpEnrolledAt) redirect("/konsola/logowanie/kod");
  const parsed = setupSchema.safeParse(raw);
  if (!parsed.success) return invalid(raw, secret, issuesToFieldErrors(parsed.error));
  const { db, request } = await consoleRequest();
  const result = await completeStaffSetup(db, half, parsed.data, request);
  if (!result.ok) return invalid(raw, secret, result.fieldErrors);
  await setStaffCookie(result.token);
  redirect("/konsola");
}
