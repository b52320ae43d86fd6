"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/action";
import { codeSecretFields, emptySchema, secondStepSchema } from "@/lib/accounts/schemas/second-factor";
import { completeSecondStep, resendSignInCode } from "@/lib/accounts/second-step";
import { NEXT_PARAM } from "@/lib/auth/next-path";
import { pendingStepToken, setDeviceToken, setPendingStep } from "@/components/auth/second-step-cookies";
import { startSession } from "@/components/auth/start-session";

/** The second step's "Zaloguj" (docs/accounts.md §15): the code, then the session — or back to the sign-in page when the step ended. */
export const secondStepAction = publicAction(
  secondStepSchema,
  async (input, ctx, raw) => {
    const result = await completeSecondStep(ctx.db, ctx.tenant, await pendingStepToken(), input, ctx.request);
    if (!result.ok) {
      if (result.ended) await setPendingStep(null);
      return { status: "error", formError: result.message, values: { remember: input.remember ? "on" : "" } };
    }
    await setPendingStep(null);
    if (result.deviceToken) await setDeviceToken(result.deviceToken);
    return startSession(result, ctx, raw[NEXT_PARAM]);
  },
  { secretFields: codeSecretFields },
);

/** "Wyślij kod ponownie" for the e-mail method. */
export const resendCodeAction = publicAction(emptySchema, async (_input, ctx) => {
  const result = await resendSignInCode(ctx.db, ctx.tenant, await pendingStepToken());
  return result.ok ? { status: "success", message: result.message } : { status: "error", formError: result.message };
});

/** "Anuluj": the pending step is forgotten in this browser, and the sign-in page opens. */
export const cancelSecondStepAction = publicAction(emptySchema, async () => {
  await setPendingStep(null);
  redirect("/");
});
