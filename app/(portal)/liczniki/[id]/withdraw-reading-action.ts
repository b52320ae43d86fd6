"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { customerAction } from "@/lib/actions/action";
import { requireModule } from "@/lib/portal/modules";
import { withdrawReadingSchema } from "@/lib/meters/reading-form";
import { withdrawReading } from "@/lib/meters/withdraw-reading";
import { meterPath } from "@/lib/meters/paths";

/** "Wycofaj": a thin wrapper; the rules live in lib/meters/withdraw-reading.ts. */
export const withdrawReadingAction = customerAction(withdrawReadingSchema, async (input, ctx) => {
  requireModule(ctx.tenant, "meters");
  const result = await withdrawReading(ctx.db, { tenantId: ctx.tenant.id, customerId: ctx.account.customerId, accountId: ctx.account.id, ip: ctx.ip, userAgent: ctx.userAgent }, input);
  if (result.ok) {
    revalidatePath(meterPath(input.point));
    redirect(meterPath(input.point, { odczyt: "wycofany" }));
  }
  if (result.notFound) return { status: "error", formError: "Nie znaleziono odczytu. Odśwież stronę i spróbuj ponownie." };
  return { status: "error", formError: result.message };
});
