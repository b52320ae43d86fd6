"use server";

import { readingActions } from "@/lib/meters/reading-actions";

/** The point page's actions (lib/meters/reading-actions.ts), for Odczyty (docs/portal.md §14). */
const actions = readingActions("readings");

export const submitReadingAction = actions.submit;
export const withdrawReadingAction = actions.withdraw;
