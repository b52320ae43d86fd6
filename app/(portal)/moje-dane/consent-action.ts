"use server";

import { revalidatePath } from "next/cache";
import { customerAction } from "@/lib/actions/action";
import { consentSchema, saveConsents } from "@/lib/my-data/consents";

/** "Zgody": a thin wrapper around lib/my-data/consents.ts. */
export const saveConsentsAction = customerAction(
  consentSchema,
  async (input, ctx) => {
    const result = await saveConsents(ctx.scope, ctx.request, input);
    revalidatePath("/moje-dane");
    return result;
  },
  { module: "my-data" },
);
