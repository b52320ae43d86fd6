/**
 * Quiet hours (docs/operations.md §10): no customer e-mail from 21:00 to 08:00 Europe/Warsaw. A
 * message due in that time is held until 08:00 the next morning. Daylight saving time is the
 * zone's own (Intl), so 08:00 is 07:00 UTC in winter and 06:00 UTC in summer.
 */
export const QUIET_FROM_HOUR = 21;
export const QUIET_UNTIL_HOUR = 8;

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Warsaw",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** The Warsaw wall-clock fields of an instant. */
function warsawFields(at: Date) {
  const get = (type: string) => Number(parts.formatToParts(at).find((p) => p.type === type)!.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** Minutes Warsaw is ahead of UTC at `at` (60 in winter, 120 in summer). */
function warsawOffsetMinutes(at: Date): number {
  const f = warsawFields(at);
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant of a Warsaw wall-clock time (an hour that exists: 08:00 always does). */
function warsawInstant(year: number, month: number, day: number, hour: number): Date {
  const guess = Date.UTC(year, month - 1, day, hour);
  const first = new Date(guess - warsawOffsetMinutes(new Date(guess)) * 60_000);
  return new Date(guess - warsawOffsetMinutes(first) * 60_000);
}

export function inQuietHours(at: Date): boolean {
  const { hour } = warsawFields(at);
  return hour >= QUIET_FROM_HOUR || hour < QUIET_UNTIL_HOUR;
}

/** `at` itself outside quiet hours; else the 08:00 Warsaw that ends them. */
export function outsideQuietHours(at: Date): Date {
  if (!inQuietHours(at)) return at;
  const f = warsawFields(at);
  if (f.hour < QUIET_UNTIL_HOUR) return warsawInstant(f.year, f.month, f.day, QUIET_UNTIL_HOUR);
  // After 21:00: 08:00 of the next calendar day (Date.UTC rolls the day over month and year ends).
  const next = new Date(Date.UTC(f.year, f.month - 1, f.day + 1));
  return warsawInstant(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), QUIET_UNTIL_HOUR);
}
