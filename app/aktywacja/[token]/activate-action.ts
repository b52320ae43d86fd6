"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions/action";
import { text } from "@/lib/accounts/schemas/fields";
import { activateAccount } from "@/lib/accounts/activation";

const schema = () => z.object({ token: text() });

/** "Aktywuj konto": the POST, not the GET of the link, uses the activation token (S16). */
export const activateAction = publicAction(schema, async (input, ctx) => {
  const result = await activateAccount(ctx.db, ctx.tenant, input.token, ctx.request);
  if (result.ok) return { status: "success" };
  return { status: "error", formError: result.reason };
});
