"use server";

import { z } from "zod";
import { notFound } from "next/navigation";
import { customerAction } from "@/lib/actions/action";
import { text } from "@/lib/accounts/schemas/fields";
import { confirmEmailChange, EMAIL_CHANGED } from "@/lib/my-data/confirm-email";

/** The button on the confirmation page: only this POST changes the address (a GET, e.g. a link preview, does not). */
export const confirmEmailAction = customerAction(
  () => z.object({ token: text() }),
  async (input, ctx) => {
    const result = await confirmEmailChange(ctx.scope, ctx.account, input.token, ctx.request);
    if (!result.ok) notFound();
    return { status: "success", message: EMAIL_CHANGED };
  },
  { secretFields: ["token"], module: "my-data" },
);
