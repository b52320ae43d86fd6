"use server";

import { revalidatePath } from "next/cache";
import { customerAction } from "@/lib/actions/action";
import { consentSchema, saveConsents } from "@/lib/my-data/consents";
import { requireModule } from "@/lib/portal/modules";

/** "Zgody": a thin wrapper around lib/my-data/consents.ts. */
export const saveConsentsAction = customerAction(consentSchema, async (input, ctx) => {
  requireModule(ctx.tenant, "my-data");
  const result = await saveConsents(ctx.db, ctx.tenant, input, { account: ctx.account, ip: ctx.ip, userAgent: ctx.userAgent });
  revalidatePath("/moje-dane");
  return result;
});
