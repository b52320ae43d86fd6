"use server";

import { redirect } from "next/navigation";
import { customerAction } from "@/lib/actions/action";
import { endOtherSessions, endSession } from "@/lib/devices/active-sessions";
import { endOtherSessionsSchema, endSessionSchema } from "@/lib/devices/schemas";
import { SESSIONS_PATH } from "@/lib/devices/known-devices";

/** "Zakończ sesję" (docs/accounts.md §16): the wrapper checks the session and the tenant; the WHERE clause keeps the account. */
export const endSessionAction = customerAction(
  endSessionSchema,
  async (input, ctx) => {
    const ended = await endSession(ctx.scope, ctx.session.id, input.session, ctx.request);
    redirect(`${SESSIONS_PATH}?zakonczono=${ended ? "jedna" : "brak"}`);
  },
  { module: "settings" },
);

/** "Wyloguj pozostałe sesje": every other session of the account, at once. */
export const endOtherSessionsAction = customerAction(
  endOtherSessionsSchema,
  async (_input, ctx) => {
    await endOtherSessions(ctx.scope, ctx.session.id, ctx.request);
    redirect(`${SESSIONS_PATH}?zakonczono=pozostale`);
  },
  { module: "settings" },
);
