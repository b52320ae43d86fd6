"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/action";
import { signInSchema } from "@/lib/accounts/schemas/sign-in";
import { signInWithPassword } from "@/lib/accounts/sign-in";
import { homeRoute } from "@/lib/portal/modules";
import { NEXT_PARAM, withNext } from "@/lib/auth/next-path";
import { rememberLogin } from "@/components/auth/remembered-login";
import { deviceToken, setPendingStep } from "@/components/auth/second-step-cookies";
import { SECOND_STEP_PATH, startSession } from "@/components/auth/start-session";

/** The sign-in form's action: the decision is signInWithPassword's; this sets the cookies and redirects. */
export const signInAction = publicAction(
  signInSchema,
  async (input, ctx, raw) => {
    if (!input.remember) await rememberLogin(null);
    const result = await signInWithPassword(ctx.db, ctx.tenant, { ...input, deviceToken: await deviceToken() }, ctx.request);
    if (!result.ok && !result.secondStep)
      return { status: "error", formError: result.message, values: { login: input.login, remember: input.remember ? "on" : "" } };

    if (input.remember) await rememberLogin(input.login);
    if (!result.ok) {
      // No session yet (docs/accounts.md §15): the code comes first, on its own page, bound to this browser by a cookie.
      await setPendingStep(result.secondStep.token);
      redirect(withNext(SECOND_STEP_PATH, raw[NEXT_PARAM] ?? null, homeRoute(ctx.tenant)));
    }
    return startSession(result, ctx, raw[NEXT_PARAM]);
  },
  { secretFields: ["password"] },
);
