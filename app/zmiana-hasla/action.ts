"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/nextauth";
import { customerAction } from "@/lib/actions/action";
import { completeForcedChange, forcedChangeSchema } from "@/lib/accounts/forced-change";
import { homeRoute } from "@/lib/portal/modules";
import { afterSignInPath, NEXT_PARAM } from "@/lib/auth/next-path";
import { ROLES } from "@/lib/auth/customer-scope";

/** "Zmień hasło" on "Wymagana zmiana hasła": then a new session (S09) and the portal (the page asked for, if any). */
export const forcedChangeAction = customerAction(
  forcedChangeSchema,
  async (input, ctx, raw) => {
    // Then the page asked for before signing in, if it is one of this host (lib/auth/next-path.ts).
    const destination = afterSignInPath(raw[NEXT_PARAM], homeRoute(ctx.scope.tenant));
    // Reached only while the change is pending: requireCustomer sends everyone else elsewhere.
    if (!ctx.account.mustChangePassword) redirect(destination);
    const result = await completeForcedChange(ctx.scope.db, ctx.scope.tenant, { account: ctx.account, sessionId: ctx.session.id }, input, ctx.request);
    if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors };
    try {
      await signIn("session-ticket", { ticket: result.token, redirect: false });
    } catch (error) {
      if (error instanceof AuthError) redirect("/");
      throw error;
    }
    redirect(destination);
  },
  { allow: "password-change", roles: ROLES.view, secretFields: ["oneTimePassword", "newPassword", "repeatPassword"] },
);
