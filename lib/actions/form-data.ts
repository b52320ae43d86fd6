import type { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import "@/lib/validation/zod-polish";

/**
 * FormData → plain strings (files and Next's internal $ACTION_ fields are left out). The argument is
 * whatever a hand-made request decoded to (a bare `$ACTION_ID_` post passes no FormData at all, a
 * fetch body may pass a string or a Map), so anything else counts as an empty form: the schema then
 * reports the missing fields in Polish instead of the action throwing a 500.
 */
export function formDataToObject(formData: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(formData instanceof FormData)) return out;
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    // No browser sends U+0000 in a field, and PostgreSQL text cannot hold it (a query with it fails).
    out[key] = value.replaceAll("\u0000", "");
  }
  return out;
}

/** Password fields are never sent back to the browser. */
export function keptValues(raw: Record<string, string>, secretFields: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !secretFields.includes(k)));
}

/** Every issue of every field (docs/style.md §5: never only the first error of a form). */
export function issuesToFieldErrors(error: z.ZodError): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    result[key] ??= [];
    if (!result[key].includes(issue.message)) result[key].push(issue.message);
  }
  return result;
}

export function invalid(raw: Record<string, string>, secretFields: readonly string[], fieldErrors: Record<string, string[]>, formError?: string): FormState {
  return { status: "error", fieldErrors, formError, values: keptValues(raw, secretFields) };
}
