"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { customerAction } from "@/lib/actions/action";
import { now } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import { requireGateway } from "@/lib/payments/access";
import { payFormSchema } from "@/lib/payments/pay-form";
import { startPayment } from "@/lib/payments/service";

/** "Przejdź do płatności": a thin wrapper; the amount is computed in lib/payments/quote.ts. */
export const payAction = customerAction(payFormSchema, async (input, ctx) => {
  const gateway = requireGateway(ctx.tenant);
  // The wrapper checked that Origin is this very host (S16): the gateway returns the customer there.
  const origin = (await headers()).get("origin")!;
  const result = await startPayment(ctx.db, gateway, {
    tenant: ctx.tenant,
    customerId: ctx.account.customerId,
    accountId: ctx.account.id,
    email: ctx.account.email,
    selection: input.selection,
    confirmedAmount: input.confirmedAmount,
    origin,
    today: warsawDate(now()),
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
  if (result.ok) redirect(`/platnosci/przekierowanie/${result.paymentId}`);
  revalidatePath("/platnosci/zaplac"); // the page shows the fresh amount
  if (result.reason === "amount-changed") return { status: "error", formError: "Kwota do zapłaty zmieniła się. Sprawdź ją poniżej i potwierdź ponownie." };
  if (result.reason === "nothing-to-pay") return { status: "error", formError: "Wybrane dokumenty nie wymagają już zapłaty." };
  return { status: "error", formError: `Bramka płatności ${gateway.label} jest chwilowo niedostępna. Spróbuj ponownie za kilka minut.` };
});
