import { addDays } from "@/lib/clock";
import { warsawDate, warsawHour, warsawTime } from "@/lib/format";

/**
 * Quiet hours (docs/operations.md §10): no customer e-mail from 21:00 to 08:00 Europe/Warsaw. A
 * message due in that time is held until 08:00 the next morning. Daylight saving time is the
 * zone's own (Intl), so 08:00 is 07:00 UTC in winter and 06:00 UTC in summer.
 */
export const QUIET_FROM_HOUR = 21;
export const QUIET_UNTIL_HOUR = 8;

export function inQuietHours(at: Date): boolean {
  const hour = warsawHour(at);
  return hour >= QUIET_FROM_HOUR || hour < QUIET_UNTIL_HOUR;
}

/** `at` itself outside quiet hours; else the 08:00 Warsaw that ends them. */
export function outsideQuietHours(at: Date): Date {
  if (!inQuietHours(at)) return at;
  const hour = warsawHour(at);
  // After 21:00 the morning is the next calendar day's (noon avoids any DST edge when stepping a day).
  const day = hour < QUIET_UNTIL_HOUR ? warsawDate(at) : warsawDate(addDays(warsawTime(warsawDate(at), 12), 1));
  return warsawTime(day, QUIET_UNTIL_HOUR);
}
