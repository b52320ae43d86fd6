import { z } from "zod";
import { text } from "@/lib/accounts/schemas/fields";

/** "Zakończ sesję": which session, by its public reference (lib/devices/active-sessions.ts). */
export const endSessionSchema = () => z.object({ session: text() });

/** "Wyloguj pozostałe sesje": nothing but the button. */
export const endOtherSessionsSchema = () => z.object({});

/** What the page says after an action, from `?zakonczono=` (the action redirects back, with or without JavaScript). */
export const endedNotices = {
  jedna: "Sesja została zakończona.",
  pozostale: "Pozostałe sesje zostały zakończone.",
  brak: "Ta sesja jest już zakończona.",
} as const;

export type EndedNotice = keyof typeof endedNotices;

export const endedNotice = (value: string | string[] | undefined): string | null =>
  typeof value === "string" && value in endedNotices ? endedNotices[value as EndedNotice] : null;
