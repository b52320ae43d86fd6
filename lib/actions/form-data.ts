import type { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";

/** FormData → plain strings (files and Next's internal $ACTION_ fields are left out). */
export function formDataToObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    out[key] = value;
  }
  return out;
}

/** Password fields are never sent back to the browser. */
export function keptValues(raw: Record<string, string>, secretFields: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !secretFields.includes(k)));
}

/** Every issue of every field (STYLE: never only the first error of a form). */
export function issuesToFieldErrors(error: z.ZodError): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    (result[key] ??= []);
    if (!result[key].includes(issue.message)) result[key].push(issue.message);
  }
  return result;
}

export function invalid(raw: Record<string, string>, secretFields: readonly string[], fieldErrors: Record<string, string[]>, formError?: string): FormState {
  return { status: "error", fieldErrors, formError, values: keptValues(raw, secretFields) };
}
