"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { customerAction } from "@/lib/actions/action";
import { withdrawReadingSchema } from "@/lib/meters/reading-form";
import { withdrawReading } from "@/lib/meters/withdraw-reading";
import { meterPath } from "@/lib/meters/paths";

/** "Wycofaj": a thin wrapper; the rules live in lib/meters/withdraw-reading.ts. */
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
