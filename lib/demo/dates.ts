/** Calendar arithmetic on "YYYY-MM-DD" strings, in UTC so no time zone can shift a day. */

const parse = (iso: string) => new Date(`${iso}T00:00:00Z`);
const format = (d: Date) => d.toISOString().slice(0, 10);

export const addDaysIso = (iso: string, days: number) => format(new Date(parse(iso).getTime() + days * 86_400_000));
export const monthStart = (year: number, month: number) => format(new Date(Date.UTC(year, month - 1, 1)));
export const monthEnd = (year: number, month: number) => format(new Date(Date.UTC(year, month, 0)));
export const daysBetween = (from: string, to: string) => Math.round((parse(to).getTime() - parse(from).getTime()) / 86_400_000);
export const minIso = (a: string, b: string) => (a < b ? a : b);

/** The `count` calendar months that end with the month before `today`, oldest first. */
export function monthsBefore(today: string, count: number): { year: number; month: number }[] {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const out: { year: number; month: number }[] = [];
  for (let i = count; i >= 1; i--) {
    const index = y * 12 + (m - 1) - i;
    out.push({ year: Math.floor(index / 12), month: (index % 12) + 1 });
  }
  return out;
}
