"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/nextauth";
import { publicAction } from "@/lib/actions/action";
import { signInSchema } from "@/lib/accounts/schemas/sign-in";
import { signInWithPassword } from "@/lib/accounts/sign-in";
import { homeRoute } from "@/lib/portal/modules";
import { afterSignInPath, NEXT_PARAM, withNext } from "@/lib/auth/next-path";
import { rememberLogin } from "@/components/auth/remembered-login";
import { noteSignInDevice } from "@/components/auth/device-cookie";

/** The sign-in form's action: the decision is signInWithPassword's; this sets the cookies and redirects. */
export const signInAction = publicAction(
  signInSchema,
  async (input, ctx, raw) => {
    if (!input.remember) await rememberLogin(null);
    const result = await signInWithPassword(ctx.db, ctx.tenant, input, ctx.request);
    if (!result.ok) return { status: "error", formError: result.message, values: { login: input.login, remember: input.remember ? "on" : "" } };

    if (input.remember) await rememberLogin(input.login);
    // The session exists now: a browser new to this account (or unseen for 90 days) gets its e-mail (docs/accounts.md §16).
    await noteSignInDevice(ctx.db, ctx.tenant, result.accountId, ctx.request);
    try {
      await signIn("session-ticket", { ticket: result.token, redirect: false });
    } catch (error) {
      // Only Auth.js's own failure is ours to answer; anything else (including Next's redirect) goes on.
      if (error instanceof AuthError) return { status: "error", formError: "Nie udało się zalogować. Spróbuj ponownie." };
      throw error;
    }
    // Back to the page asked for, if it is one of this host (lib/auth/next-path.ts); the forced change first when pending.
    const home = homeRoute(ctx.tenant);
    redirect(result.mustChangePassword ? withNext("/zmiana-hasla", raw[NEXT_PARAM] ?? null, home) : afterSignInPath(raw[NEXT_PARAM], home));
  },
  { secretFields: ["password"] },
);
