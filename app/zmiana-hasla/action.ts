"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/nextauth";
import { customerAction } from "@/lib/actions/action";
import { completeForcedChange, forcedChangeSchema } from "@/lib/accounts/forced-change";
import { homeRoute } from "@/lib/portal/modules";

/** "Zmień hasło" on "Wymagana zmiana hasła": then a new session (S09) and the portal. */
export const forcedChangeAction = customerAction(
  forcedChangeSchema,
  async (input, ctx) => {
    // Reached only while the change is pending: requireCustomer sends everyone else elsewhere.
    if (!ctx.account.mustChangePassword) redirect(homeRoute(ctx.tenant));
    const result = await completeForcedChange(ctx.db, ctx.tenant, ctx.account, input, ctx);
    if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors };
    try {
      await signIn("session-ticket", { ticket: result.token, redirect: false });
    } catch (error) {
      if (error instanceof AuthError) redirect("/");
      throw error;
    }
    redirect(homeRoute(ctx.tenant));
  },
  { allow: "password-change", secretFields: ["oneTimePassword", "newPassword", "repeatPassword"] },
);
