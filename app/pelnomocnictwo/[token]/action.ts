"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { customerAction } from "@/lib/actions/action";
import { text } from "@/lib/accounts/schemas/fields";
import { ROLES } from "@/lib/auth/customer-scope";
import { homeRoute } from "@/lib/portal/modules";
import { acceptInvitation } from "@/lib/delegates/delegations";

const refusals = {
  invalid: "To zaproszenie jest nieważne — zostało już wykorzystane, odwołane albo wygasło.",
  own: "Nie można przyjąć pełnomocnictwa do własnego konta.",
  already: "Już działasz jako pełnomocnik tego klienta.",
} as const;

/**
 * "Przyjmij pełnomocnictwo": only this POST spends the invitation (docs/decisions/0003). Any signed-in
 * account may accept, whoever it acts for at the moment; the session then acts for the new customer.
 */
export const acceptInvitationAction = customerAction(
  () => z.object({ token: text() }),
  async (input, ctx) => {
    const result = await acceptInvitation(ctx, ctx.request, input.token);
    if (!result.ok) return { status: "error", formError: refusals[result.reason] };
    revalidatePath("/", "layout");
    redirect(homeRoute(ctx.scope.tenant));
  },
  { secretFields: ["token"], roles: ROLES.view },
);
