"use server";

import { publicAction } from "@/lib/actions/action";
import { passwordRecoverySchema } from "@/lib/accounts/schemas/recovery";
import { recoverPassword } from "@/lib/accounts/recover-password";

/** "Nie pamiętasz hasła?" / "Zapomniałeś hasła?": the same answer for every login (S06). */
export const recoverPasswordAction = publicAction(passwordRecoverySchema, (input, ctx) => recoverPassword(ctx.db, ctx.tenant, input, ctx.request));
