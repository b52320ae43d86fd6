"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions/action";
import { text } from "@/lib/accounts/schemas/fields";
import { unsubscribe } from "@/lib/notifications/unsubscribe";
import { eventLabel } from "@/lib/notifications/events";
import { INVALID_UNSUBSCRIBE_LINK } from "@/lib/notifications/unsubscribe-texts";

const schema = () => z.object({ t: text() });

/** "Wypisz mnie": the POST, not the GET of the link, turns the event off (docs/decisions/0003-links-change-nothing-on-get.md). */
export const unsubscribeAction = publicAction(schema, async (input, ctx) => {
  const claim = await unsubscribe(ctx.db, ctx.tenant, input.t, { ...ctx.request, via: "page" });
  if (!claim) return { status: "error", formError: INVALID_UNSUBSCRIBE_LINK };
  return { status: "success", message: `Wypisano. Nie będziemy już wysyłać wiadomości e-mail „${eventLabel(claim.event)}”.` };
});
