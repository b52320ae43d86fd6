import { warsawDate } from "@/lib/format";
import type { Tenant } from "@/lib/tenant/schema";
import { addHours } from "@/lib/clock";
import { ticketStatuses } from "@/lib/tickets/labels";
import type { TicketFilters } from "@/lib/tickets/queries";

/** The list's GET parameters (a plain form, works without JavaScript): szukaj, status, typ, od, do, strona. */
export type SearchParams = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

/** Midnight in Warsaw of a YYYY-MM-DD calendar date (CET or CEST, whichever applies that day). */
export function warsawMidnight(day: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const summer = new Date(`${day}T00:00:00+02:00`);
  if (Number.isNaN(summer.getTime())) return undefined;
  return warsawDate(summer) === day ? summer : new Date(`${day}T00:00:00+01:00`);
}

export function parseSearch(tenant: Tenant, params: SearchParams) {
  const values = { szukaj: one(params.szukaj).slice(0, 200), status: one(params.status), typ: one(params.typ), od: one(params.od), do: one(params.do) };
  const filters: TicketFilters = {};
  if (values.szukaj) filters.text = values.szukaj;
  if ((ticketStatuses as string[]).includes(values.status)) filters.status = values.status as TicketFilters["status"];
  if (tenant.ticketCategories.some((c) => c.id === values.typ)) filters.category = values.typ;
  filters.from = warsawMidnight(values.od);
  const to = warsawMidnight(values.do);
  // "do" is inclusive: up to the next midnight (36 h later is always the next day, DST or not).
  if (to) filters.to = warsawMidnight(warsawDate(addHours(to, 36)));
  const page = Math.min(10_000, Math.max(1, Number.parseInt(one(params.strona), 10) || 1));
  const active = Object.values(values).some(Boolean);
  return { values, filters, page, active };
}

/** The same query with another page number, for the pagination links. */
export function pageHref(base: string, values: Record<string, string>, page: number): string {
  const query = new URLSearchParams(Object.entries(values).filter(([, v]) => v));
  if (page > 1) query.set("strona", String(page));
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}
