import { formatDate } from "@/lib/format";

/**
 * A point's reading window (docs/portal.md §14): the days of the month the customer may submit a
 * reading, from the CRM's `point.readingWindow`. Pure, tested on its own (tests/unit/reading-window.test.ts).
 *
 * `from` ≤ `to`: days from..to of each month. `from` > `to`: the window wraps over the month's end
 * (e.g. 28 to 3). A day past the month's last day means its last day (31 in February: the 28th or
 * 29th), so a window never skips a short month (decision 0021).
 */
export type ReadingWindow = { from: number; to: number };

const parts = (date: string) => ({ year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) });
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Is the window open on `date` (YYYY-MM-DD)? */
export function inReadingWindow(window: ReadingWindow, date: string): boolean {
  const { year, month, day } = parts(date);
  const last = daysInMonth(year, month);
  const from = Math.min(window.from, last);
  const to = Math.min(window.to, last);
  return window.from <= window.to ? day >= from && day <= to : day >= from || day <= to;
}

/** The first day on or after `date` the window is open (within two months, as every window opens monthly). */
export function nextWindowOpening(window: ReadingWindow, date: string): string {
  const start = Date.UTC(parts(date).year, parts(date).month - 1, parts(date).day);
  for (let offset = 0; offset < 62; offset++) {
    const day = new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
    if (inReadingWindow(window, day)) return day;
  }
  throw new Error(`reading window ${window.from}–${window.to} never opens`);
}

/** The window's days as a sentence. */
export const windowDays = (window: ReadingWindow) => `Odczyt tego punktu można podać od ${window.from}. do ${window.to}. dnia miesiąca.`;

/** What the page and the refusal say outside the window: the window's days and the date it opens next. */
export function windowClosedMessage(window: ReadingWindow, today: string): string {
  return `${windowDays(window)} Formularz zostanie otwarty ${formatDate(nextWindowOpening(window, today))}.`;
}

/** The window stored on a point, or null when the CRM sent none. */
export function readingWindowOf(point: { readingWindowFrom: number | null; readingWindowTo: number | null }): ReadingWindow | null {
  return point.readingWindowFrom !== null && point.readingWindowTo !== null ? { from: point.readingWindowFrom, to: point.readingWindowTo } : null;
}

const dayAfter = (date: string, days: number) => {
  const { year, month, day } = parts(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
};

/**
 * The first day of the window's opening that `date` falls in, or null when the window is closed
 * then: this month's (or, for a window that wraps, last month's) `from` day, clamped to the month's
 * end, when every day from it to `date` is open. A reading reminder is keyed by it (docs/email.md §7).
 */
export function windowOpenedOn(window: ReadingWindow, date: string): string | null {
  if (!inReadingWindow(window, date)) return null;
  const { year, month, day } = parts(date);
  const fromIn = (y: number, m: number) => `${y}-${String(m).padStart(2, "0")}-${String(Math.min(window.from, daysInMonth(y, m))).padStart(2, "0")}`;
  const thisMonth = fromIn(year, month);
  const opening = Number(thisMonth.slice(8)) <= day ? thisMonth : month === 1 ? fromIn(year - 1, 12) : fromIn(year, month - 1);
  for (let d = opening; d < date; d = dayAfter(d, 1)) if (!inReadingWindow(window, d)) return null;
  return opening;
}

/** The last open day of the opening `date` falls in (the window must be open on `date`). */
export function windowClosesOn(window: ReadingWindow, date: string): string {
  let last = date;
  for (let i = 0; i < 62 && inReadingWindow(window, dayAfter(last, 1)); i++) last = dayAfter(last, 1);
  return last;
}
