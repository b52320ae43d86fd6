"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/action";
import { isProduction } from "@/lib/env";
import { customerNumberRegistrationSchema } from "@/lib/accounts/schemas/registration";
import { PASSWORD_STEP_MINUTES, registerByCustomerNumber } from "@/lib/accounts/register-by-customer-number";
import { PASSWORD_STEP_COOKIE, PASSWORD_STEP_PATH } from "./haslo/step-cookie";

/**
 * MPEC "Zarejestruj się": on success the single-use token of the next step goes into a cookie that
 * only "Ustaw hasło do portalu" receives (httpOnly, SameSite=Strict, its own path) — never the URL.
 */
export const registerByCustomerNumberAction = publicAction(customerNumberRegistrationSchema, async (input, ctx) => {
  const result = await registerByCustomerNumber(ctx.db, ctx.tenant, input, ctx.request);
  if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError };
  (await cookies()).set(PASSWORD_STEP_COOKIE, result.passwordStepToken, {
    httpOnly: true,
    sameSite: "strict",
    secure: isProduction(),
    path: PASSWORD_STEP_PATH,
    maxAge: PASSWORD_STEP_MINUTES * 60,
  });
  redirect(PASSWORD_STEP_PATH);
});
