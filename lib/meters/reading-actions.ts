import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { customerAction, type CustomerActionContext } from "@/lib/actions/action";
import { ROLES } from "@/lib/auth/customer-scope";
import type { FormState } from "@/lib/actions/form-state";
import { readingFormSchema, withdrawReadingSchema } from "@/lib/meters/reading-form";
import { submitReading } from "@/lib/meters/submit-reading";
import { withdrawReading } from "@/lib/meters/withdraw-reading";
import { readingPagePath } from "@/lib/meters/paths";
import type { ReadingModule } from "@/lib/meters/reading-module";

/**
 * The actions of a readings screen ("Liczniki" or "Odczyty"), thin wrappers made once per module; the
 * rules live in lib/meters/submit-reading.ts and lib/meters/withdraw-reading.ts. Each screen's
 * "use server" file exports the pair made for its module.
 */

const READING_NOT_FOUND = "Nie znaleziono odczytu. Odśwież stronę i spróbuj ponownie.";

export function readingActions(module: ReadingModule) {
  /** Runs `change` for the signed-in customer; once it is made, the point's page shows it at once. */
  function pointAction<S extends z.ZodType<{ point: string }>, R extends { ok: boolean }>(
    schema: () => S,
    change: (scope: CustomerActionContext["scope"], request: CustomerActionContext["request"], input: z.output<S>, module: ReadingModule) => Promise<R>,
    answer: (result: R, input: z.output<S>) => FormState,
  ) {
    return customerAction(
      schema,
      async (input, ctx) => {
        const result = await change(ctx.scope, ctx.request, input, module);
        if (result.ok) revalidatePath(readingPagePath(module, input.point));
        return answer(result, input);
      },
      { module, roles: ROLES.full },
    );
  }

  /** "Podaj odczyt" and "Popraw odczyt". */
  const submit = pointAction(readingFormSchema, submitReading, (result, input) => {
    if (result.ok) {
      // A correction leaves the correction form (its URL names the replaced reading) for the point's page.
      if (result.replaced) redirect(readingPagePath(module, input.point, { odczyt: "poprawiony" }));
      return { status: "success", message: "Odczyt został zapisany." };
    }
    if (result.notFound)
      return { status: "error", formError: input.replaces ? READING_NOT_FOUND : "Nie znaleziono licznika. Odśwież stronę i spróbuj ponownie." };
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of result.issues) (fieldErrors[issue.path] ??= []).push(issue.message);
    return { status: "error", fieldErrors, formError: result.formError };
  });

  /** "Wycofaj". */
  const withdraw = pointAction(withdrawReadingSchema, withdrawReading, (result, input) => {
    if (result.ok) redirect(readingPagePath(module, input.point, { odczyt: "wycofany" }));
    if (result.notFound) return { status: "error", formError: READING_NOT_FOUND };
    return { status: "error", formError: result.message };
  });

  return { submit, withdraw };
}
