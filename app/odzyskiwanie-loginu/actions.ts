"use server";

import { notFound } from "next/navigation";
import { publicAction } from "@/lib/actions/action";
import { loginReminderSchema } from "@/lib/accounts/schemas/recovery";
import { remindLogin } from "@/lib/accounts/remind-login";

/** "Nie pamiętasz nazwy użytkownika?": the same answer for every address (S06); only where the tenant offers it. */
export const remindLoginAction = publicAction(loginReminderSchema, (input, ctx) => {
  if (!ctx.tenant.texts.forgotLoginLink) notFound();
  return remindLogin(ctx.db, ctx.tenant, input, ctx.request);
});
