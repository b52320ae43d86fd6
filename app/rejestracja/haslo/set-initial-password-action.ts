"use server";

import { cookies } from "next/headers";
import { publicAction } from "@/lib/actions/action";
import { initialPasswordSchema } from "@/lib/accounts/schemas/registration";
import { setInitialPassword } from "@/lib/accounts/set-initial-password";
import { PASSWORD_STEP_COOKIE } from "./step-cookie";

/**
 * MPEC "Zapisz": the step's token comes from its cookie and is used once. The cookie is left to
 * expire: deleting it would make Next re-render the page, and a used token opens nothing anyway.
 */
export const setInitialPasswordAction = publicAction(
  initialPasswordSchema,
  async (input, ctx) => {
    const token = (await cookies()).get(PASSWORD_STEP_COOKIE)?.value;
    const result = await setInitialPassword(ctx.db, ctx.tenant, token, input, ctx.request);
    if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError };
    return { status: "success", message: result.login };
  },
  { secretFields: ["password", "passwordRepeat"] },
);
