"use server";

import { publicAction } from "@/lib/actions/action";
import { contractRegistrationSchema } from "@/lib/accounts/schemas/registration";
import { registerByContract } from "@/lib/accounts/register-by-contract";

/** POLO/POLSp "Zarejestruj się": the wrapper checks origin, tenant and fields; the domain does the rest. */
export const registerByContractAction = publicAction(contractRegistrationSchema, async (input, ctx) => {
  const result = await registerByContract(ctx.db, ctx.tenant, input, ctx.request);
  if (result.ok) return { status: "success" };
  return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError };
});
