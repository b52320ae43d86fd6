"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { customerAction } from "@/lib/actions/action";
import { readingFormSchema, withdrawReadingSchema } from "@/lib/meters/reading-form";
import { submitReading } from "@/lib/meters/submit-reading";
import { withdrawReading } from "@/lib/meters/withdraw-reading";
import { meterPath } from "@/lib/meters/paths";

/** The meter page's actions, thin wrappers; the rules live in lib/meters/submit-reading.ts and lib/meters/withdraw-reading.ts. */

/** "Podaj odczyt" and "Popraw odczyt". */
export const submitReadingAction = customerAction(
  readingFormSchema,
  async (input, ctx) => {
    const result = await submitReading(ctx.scope, ctx.request, input);
    if (result.ok) {
      revalidatePath(meterPath(input.point));
      // A correction leaves the correction form (its URL names the replaced reading) for the meter page.
      if (result.replaced) redirect(meterPath(input.point, { odczyt: "poprawiony" }));
      return { status: "success", message: "Odczyt został zapisany." };
    }
    if (result.notFound) return { status: "error", formError: input.replaces ? "Nie znaleziono odczytu. Odśwież stronę i spróbuj ponownie." : "Nie znaleziono licznika. Odśwież stronę i spróbuj ponownie." };
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of result.issues) (fieldErrors[issue.path] ??= []).push(issue.message);
    return { status: "error", fieldErrors, formError: result.formError };
  },
  { module: "meters" },
);

/** "Wycofaj". */
export const withdrawReadingAction = customerAction(
  withdrawReadingSchema,
  async (input, ctx) => {
    const result = await withdrawReading(ctx.scope, ctx.request, input);
    if (result.ok) {
      revalidatePath(meterPath(input.point));
      redirect(meterPath(input.point, { odczyt: "wycofany" }));
    }
    if (result.notFound) return { status: "error", formError: "Nie znaleziono odczytu. Odśwież stronę i spróbuj ponownie." };
    return { status: "error", formError: result.message };
  },
  { module: "meters" },
);
