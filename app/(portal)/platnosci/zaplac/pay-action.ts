"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { customerAction } from "@/lib/actions/action";
import { PAYMENT_MODULES } from "@/lib/portal/modules";
import { devToolsEnabled, isProduction } from "@/lib/env";
import { tenantUrl } from "@/lib/email/urls";
import { now } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import { requireGateway } from "@/lib/payments/access";
import { payFormSchema } from "@/lib/payments/pay-form";
import { returnPath, startPayment } from "@/lib/payments/service";
import { ROLES } from "@/lib/auth/customer-scope";

/** "Przejdź do płatności": a thin wrapper; the amount is computed in lib/payments/quote.ts. */
export const payAction = customerAction(
  payFormSchema,
  async (input, ctx) => {
    const { tenant } = ctx.scope;
    const gateway = requireGateway(tenant);
    // Production: the tenant's configured https host — never what a request's headers say. The e2e
    // build (DEV_TOOLS=1, plain http on a port) uses the Origin the wrapper checked as this very host.
    const origin = isProduction() && !devToolsEnabled() ? new URL(tenantUrl(tenant, "/")).origin : (await headers()).get("origin")!;
    const result = await startPayment(ctx.scope, ctx.request, gateway, {
      email: ctx.account.email,
      selection: input.selection,
      confirmedAmount: input.confirmedAmount,
      origin,
      today: warsawDate(now()),
    });
    // A payment already live for these documents is resumed: the same redirect, to its gateway session.
    if (result.ok) redirect(`/platnosci/przekierowanie/${result.paymentId}`);
    // Paid at the gateway, its confirmation on the way: the customer follows that payment instead.
    if (result.reason === "awaiting-confirmation") redirect(returnPath(result.paymentId));
    revalidatePath("/platnosci/zaplac"); // the page shows the fresh amount
    if (result.reason === "amount-changed") return { status: "error", formError: "Kwota do zapłaty zmieniła się. Sprawdź ją poniżej i potwierdź ponownie." };
    if (result.reason === "nothing-to-pay") return { status: "error", formError: "Wybrane dokumenty nie wymagają już zapłaty." };
    if (result.reason === "busy")
      return { status: "error", formError: "Płatność za te dokumenty jest właśnie rozpoczynana w innym oknie. Spróbuj ponownie za chwilę." };
    return { status: "error", formError: `Bramka płatności ${gateway.label} jest chwilowo niedostępna. Spróbuj ponownie za kilka minut.` };
  },
  { module: PAYMENT_MODULES, roles: ROLES.payments },
);
