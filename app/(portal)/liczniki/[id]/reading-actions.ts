"use server";

import { readingActions } from "@/lib/meters/reading-actions";

/** The meter page's actions (lib/meters/reading-actions.ts), for MPEC's Liczniki. */
const actions = readingActions("meters");

export const submitReadingAction = actions.submit;
export const withdrawReadingAction = actions.withdraw;
