"use server";

import { revalidatePath } from "next/cache";
import { customerAction } from "@/lib/actions/action";
import { contactSchema, contactSecretFields } from "@/lib/my-data/contact-schema";
import { changeContact } from "@/lib/my-data/change-contact";
import { requireModule } from "@/lib/portal/modules";

/** "Dane kontaktowe": a thin wrapper; the rules (S19) live in lib/my-data/change-contact.ts. */
export const changeContactAction = customerAction(
  contactSchema,
  async (input, ctx) => {
    requireModule(ctx.tenant, "my-data");
    const result = await changeContact(ctx.db, ctx.tenant, input, { account: ctx.account, ip: ctx.ip, userAgent: ctx.userAgent });
    if (result.status === "success") revalidatePath("/moje-dane");
    return result;
  },
  { secretFields: contactSecretFields },
);
