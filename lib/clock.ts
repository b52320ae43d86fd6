/**
 * Every expiry (activation links, one-time passwords, idle and absolute session limits, complaint
 * deadlines) reads time here. Outside production, /dev/clock moves it forward for tests.
 * The offset lives on globalThis because Next may load this module in several bundles of one process.
 */
const store = globalThis as unknown as { __mojbokClockOffsetMs?: number };

export function now(): Date {
  return new Date(Date.now() + (store.__mojbokClockOffsetMs ?? 0));
}

export function clockOffsetSeconds(): number {
  return Math.round((store.__mojbokClockOffsetMs ?? 0) / 1000);
}

export function setClockOffsetSeconds(seconds: number): void {
  store.__mojbokClockOffsetMs = seconds * 1000;
}

export const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);
export const addHours = (date: Date, hours: number) => addMinutes(date, hours * 60);
export const addDays = (date: Date, days: number) => addHours(date, days * 24);
