"use server";

import { revalidatePath } from "next/cache";
import { customerAction } from "@/lib/actions/action";
import { preferencesSchema, savePreferences } from "@/lib/notifications/preferences";

/** "Powiadomienia" → "Zapisz": a thin wrapper around lib/notifications/preferences.ts. */
export const savePreferencesAction = customerAction(
  preferencesSchema,
  async (input, ctx) => {
    const result = await savePreferences(ctx.scope, ctx.request, input);
    revalidatePath("/ustawienia/powiadomienia");
    return result;
  },
  { module: "settings" },
);
