"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { customerAction } from "@/lib/actions/action";
import { text } from "@/lib/accounts/schemas/fields";
import { inviteSchema } from "@/lib/delegates/invite-schema";
import { inviteDelegate, revokeByHolder } from "@/lib/delegates/delegations";

const PAGE = "/ustawienia/pelnomocnicy";

/** "Wyślij zaproszenie": the holder only (customerAction's default role). */
export const inviteDelegateAction = customerAction(
  inviteSchema,
  async (input, ctx) => {
    const sent = await inviteDelegate(ctx.scope, ctx.request, input);
    if (!sent) return { status: "error", formError: "Wysłano zbyt wiele zaproszeń. Spróbuj ponownie za godzinę." };
    revalidatePath(PAGE);
    return { status: "success", message: `Zaproszenie wysłaliśmy na adres ${input.email}. Jest ważne 7 dni.`, values: {} };
  },
  { module: "settings" },
);

/** "Odwołaj": ends the delegation at once, also in the delegate's open sessions. */
export const revokeDelegateAction = customerAction(
  () => z.object({ delegation: text() }),
  async (input, ctx) => {
    const done = await revokeByHolder(ctx.scope, ctx.request, input.delegation);
    revalidatePath(PAGE);
    return done ? { status: "success", message: "Pełnomocnictwo zostało odwołane." } : { status: "error", formError: "To pełnomocnictwo jest już odwołane." };
  },
  { module: "settings" },
);
