"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/actions/action";
import { text } from "@/lib/accounts/schemas/fields";
import { initialPasswordSchema } from "@/lib/accounts/schemas/registration";
import { findSignedIn } from "@/lib/auth/customer";
import { homeRoute } from "@/lib/portal/modules";
import { acceptInvitation } from "@/lib/delegates/delegations";
import { createDelegateAccount } from "@/lib/delegates/delegate-account";
import { startSession } from "@/components/auth/start-session";

const refusals = {
  invalid: "To zaproszenie jest nieważne — zostało już wykorzystane, odwołane albo wygasło.",
  own: "Nie można przyjąć pełnomocnictwa do własnego konta.",
  already: "Już działasz jako pełnomocnik tego klienta.",
} as const;

/**
 * "Przyjmij pełnomocnictwo": only this POST spends the invitation (docs/decisions/0003). Any signed-in
 * account may accept, whoever it acts for at the moment — also a delegate-only account whose
 * delegations have all ended, which no customer action would admit; the session then acts for the new
 * customer. The request check is the public one; the session is looked up here (findSignedIn).
 */
export const acceptInvitationAction = publicAction(
  () => z.object({ token: text() }),
  async (input, ctx) => {
    const signedIn = await findSignedIn();
    if (!signedIn) redirect(`/pelnomocnictwo/${encodeURIComponent(input.token)}`);
    const result = await acceptInvitation(signedIn, ctx.request, input.token);
    if (!result.ok) return { status: "error", formError: refusals[result.reason] };
    revalidatePath("/", "layout");
    redirect(homeRoute(ctx.tenant));
  },
  { secretFields: ["token"] },
);

/**
 * A person with no account (docs/accounts.md §17): the password twice, and in the same POST the
 * delegate-only account, the acceptance and a session acting for the holder's customer.
 */
export const createDelegateAccountAction = publicAction(
  (tenant) => initialPasswordSchema(tenant).safeExtend({ token: text() }),
  async (input, ctx) => {
    const result = await createDelegateAccount(ctx.db, ctx.tenant, ctx.request, input.token, input);
    if (!result.ok) return result.fieldErrors ? { status: "error", fieldErrors: result.fieldErrors } : { status: "error", formError: result.formError };
    return startSession({ token: result.token, accountId: result.accountId, mustChangePassword: false }, ctx, undefined);
  },
  { secretFields: ["token", "password", "passwordRepeat"] },
);
