import { notFound } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";

/** How the console's domain functions say no: not found (outside the scope too), a message, or field errors. */
export type Refusal = { notFound?: true; message?: string; fieldErrors?: Record<string, string[]> };

/**
 * A refusal as the form's answer: "not found" is the 404 page, exactly like a URL outside the staff
 * member's scope; anything else goes back to the form, with its message or the fields to correct.
 */
export function refused(result: Refusal): FormState {
  if (result.notFound) notFound();
  return { status: "error", formError: result.message ?? "Popraw zaznaczone pola.", fieldErrors: result.fieldErrors };
}
