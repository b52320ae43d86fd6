"use server";

import { customerAction } from "@/lib/actions/action";
import { passwordChangeSchema, passwordChangeSecretFields } from "@/lib/accounts/schemas/password-change";
import { changePassword } from "@/lib/accounts/change-password";

/** "Zmień hasło": the wrapper checks the session (and the tenant) before anything else. */
export const changePasswordAction = customerAction(
  passwordChangeSchema,
  (input, ctx) => changePassword(ctx.scope.db, ctx.scope.tenant, input, { account: ctx.account, sessionId: ctx.session.id, ...ctx.request }),
  { secretFields: passwordChangeSecretFields, module: "settings" },
);
