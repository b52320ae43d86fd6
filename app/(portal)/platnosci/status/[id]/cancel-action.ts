"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { customerAction } from "@/lib/actions/action";
import { PAYMENT_MODULES } from "@/lib/portal/modules";
import { cancelPayment, returnPath } from "@/lib/payments/service";
import { ROLES } from "@/lib/auth/customer-scope";

/** "Zrezygnuj z płatności": only the customer's own pending payment; a paid one stays paid. */
export const cancelPaymentAction = customerAction(
  () => z.object({ payment: z.string().min(1).max(100) }),
  async (input, ctx) => {
    const done = await cancelPayment(ctx.scope, ctx.request, input.payment);
    revalidatePath(returnPath(input.payment));
    return done ? { status: "success", message: "Płatność została anulowana." } : { status: "error", formError: "Tej płatności nie można już anulować." };
  },
  { module: PAYMENT_MODULES, roles: ROLES.payments },
);
