"use server";

import { publicAction } from "@/lib/actions/action";
import { recoverySecretFields, resetPasswordSchema } from "@/lib/accounts/schemas/recovery";
import { setPasswordByLink } from "@/lib/accounts/reset-by-link";

/** "Ustaw hasło do portalu" from a reset link: the POST is what uses the link, never the GET (S16). */
export const setPasswordByLinkAction = publicAction(resetPasswordSchema, (input, ctx) => setPasswordByLink(ctx.db, ctx.tenant, input, ctx.request), {
  secretFields: recoverySecretFields,
});
