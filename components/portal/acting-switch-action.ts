"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { customerAction } from "@/lib/actions/action";
import { text } from "@/lib/accounts/schemas/fields";
import { ROLES } from "@/lib/auth/customer-scope";
import { homeRoute } from "@/lib/portal/modules";
import { switchActing } from "@/lib/delegates/delegations";

/**
 * "Działasz w imieniu: …" → "Przełącz" (docs/accounts.md §17): a POST from every role (a delegate
 * switches back too). An empty value is the account's own customer; the rest is checked in the data layer.
 */
export const switchActingAction = customerAction(
  () => z.object({ delegation: text() }),
  async (input, ctx) => {
    const switched = await switchActing(ctx, ctx.request, input.delegation === "" ? null : input.delegation);
    if (!switched) return { status: "error", formError: "Nie możesz już działać w imieniu tego klienta." };
    // Every page (and the header in the layout) now shows another customer: nothing cached may stay.
    revalidatePath("/", "layout");
    redirect(homeRoute(ctx.scope.tenant));
  },
  { roles: ROLES.view },
);
