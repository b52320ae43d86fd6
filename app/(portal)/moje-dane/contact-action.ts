"use server";

import { revalidatePath } from "next/cache";
import { customerAction } from "@/lib/actions/action";
import { contactSchema, contactSecretFields } from "@/lib/my-data/contact-schema";
import { changeContact } from "@/lib/my-data/change-contact";

/** "Dane kontaktowe": a thin wrapper; the rules (S19) live in lib/my-data/change-contact.ts. */
export const changeContactAction = customerAction(
  contactSchema,
  async (input, ctx) => {
    const result = await changeContact(ctx.scope, ctx.account, ctx.request, input);
    if (result.status === "success") revalidatePath("/moje-dane");
    return result;
  },
  { secretFields: contactSecretFields, module: "my-data" },
);
