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
    const result = await confirmEmailChange(ctx.db, ctx.tenant, ctx.account, input.token, { ip: ctx.ip, userAgent: ctx.userAgent });
    if (!result.ok) notFound();
    return { status: "success", message: EMAIL_CHANGED };
  },
  { secretFields: ["token"] },
);
