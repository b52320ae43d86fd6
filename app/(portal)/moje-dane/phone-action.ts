"use server";

import { revalidatePath } from "next/cache";
import { customerAction } from "@/lib/actions/action";
import { ROLES } from "@/lib/auth/customer-scope";
import { phoneSchema } from "@/lib/my-data/contact-schema";
import { changeCustomerPhone } from "@/lib/my-data/change-phone";

/** A full-role delegate's "Telefon kontaktowy klienta" (docs/accounts.md §17); the rules live in lib/my-data/change-phone.ts. */
export const changePhoneAction = customerAction(
  phoneSchema,
  async (input, ctx) => {
    const result = await changeCustomerPhone(ctx.scope, ctx.account, ctx.request, input);
    if (result.status === "success") revalidatePath("/moje-dane");
    return result;
  },
  { secretFields: ["currentPassword"], module: "my-data", roles: ROLES.full },
);
