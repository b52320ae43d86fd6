"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { customerAction, type CustomerActionContext } from "@/lib/actions/action";
import type { FormState } from "@/lib/actions/form-state";
import { readingFormSchema, withdrawReadingSchema } from "@/lib/meters/reading-form";
import { submitReading } from "@/lib/meters/submit-reading";
import { withdrawReading } from "@/lib/meters/withdraw-reading";
import { meterPath } from "@/lib/meters/paths";
import { ROLES } from "@/lib/auth/customer-scope";

/** The meter page's actions, thin wrappers; the rules live in lib/meters/submit-reading.ts and lib/meters/withdraw-reading.ts. */

const READING_NOT_FOUND = "Nie znaleziono odczytu. Odśwież stronę i spróbuj ponownie.";

/** Runs `change` for the signed-in customer; once it is made, the meter page shows it at once. */
function meterAction<S extends z.ZodType<{ point: string }>, R extends { ok: boolean }>(
  schema: () => S,
  change: (scope: CustomerActionContext["scope"], request: CustomerActionContext["request"], input: z.output<S>) => Promise<R>,
  answer: (result: R, input: z.output<S>) => FormState,
) {
  return customerAction(
    schema,
    async (input, ctx) => {
      const result = await change(ctx.scope, ctx.request, input);
      if (result.ok) revalidatePath(meterPath(input.point));
      return answer(result, input);
    },
    { module: "meters", roles: ROLES.full },
  );
}

/** "Podaj odczyt" and "Popraw odczyt". */
export const submitReadingAction = meterAction(readingFormSchema, submitReading, (result, input) => {
  if (result.ok) {
    // A correction leaves the correction form (its URL names the replaced reading) for the meter page.
    if (result.replaced) redirect(meterPath(input.point, { odczyt: "poprawiony" }));
    return { status: "success", message: "Odczyt został zapisany." };
  }
  if (result.notFound)
    return { status: "error", formError: input.replaces ? READING_NOT_FOUND : "Nie znaleziono licznika. Odśwież stronę i spróbuj ponownie." };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.issues) (fieldErrors[issue.path] ??= []).push(issue.message);
  return { status: "error", fieldErrors, formError: result.formError };
});

/** "Wycofaj". */
export const withdrawReadingAction = meterAction(withdrawReadingSchema, withdrawReading, (result, input) => {
  if (result.ok) redirect(meterPath(input.point, { odczyt: "wycofany" }));
  if (result.notFound) return { status: "error", formError: READING_NOT_FOUND };
  return { status: "error", formError: result.message };
});
