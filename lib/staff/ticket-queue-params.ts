import type { Ticket } from "@/db/schema";
import { warsawDate } from "@/lib/format";
import type { Tenant } from "@/lib/tenant/schema";
import { ticketStatuses } from "@/lib/tickets/labels";

/**
 * The console's ticket queue as a URL (a GET form, works without JavaScript): sprzedawca, status,
 * kategoria, starsze (days), strona. Pure functions, so the parsing and the words are unit-tested.
 */
export type SearchParams = Record<string, string | string[] | undefined>;

/** "open" = what waits for the office (Nowe, W trakcie); the default view. */
export type QueueStatus = "open" | "all" | Ticket["status"];
export type QueueFilters = { tenantId?: string; status: QueueStatus; category?: string; olderThanDays?: number };
export type QueueValues = { sprzedawca: string; status: string; kategoria: string; starsze: string };

export const OPEN_STATUSES: Ticket["status"][] = ["new", "in_progress"];
export const MAX_AGE_DAYS = 3650;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

/** Every category of the tenants in scope, once per id (POLO and POLSp share theirs). */
export function scopeCategories(tenants: Tenant[]): { id: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const tenant of tenants) for (const category of tenant.ticketCategories) if (!seen.has(category.id)) seen.set(category.id, category.label);
  return [...seen].map(([id, label]) => ({ id, label }));
}

/**
 * The filters from the URL. Anything unknown is dropped (not an error): a tenant outside the scope
 * is simply not a choice, and the query below is limited to the scope anyway.
 */
export function parseQueueParams(tenants: Tenant[], params: SearchParams) {
  const raw = { sprzedawca: one(params.sprzedawca), status: one(params.status), kategoria: one(params.kategoria), starsze: one(params.starsze) };
  const filters: QueueFilters = { status: "open" };
  const values: QueueValues = { sprzedawca: "", status: "", kategoria: "", starsze: "" };
  if (tenants.some((t) => t.id === raw.sprzedawca)) filters.tenantId = values.sprzedawca = raw.sprzedawca;
  if (raw.status === "all" || (ticketStatuses as string[]).includes(raw.status)) filters.status = (values.status = raw.status) as QueueStatus;
  if (scopeCategories(tenants).some((c) => c.id === raw.kategoria)) filters.category = values.kategoria = raw.kategoria;
  const days = /^\d{1,4}$/.test(raw.starsze) ? Number(raw.starsze) : NaN;
  if (days > 0 && days <= MAX_AGE_DAYS) {
    filters.olderThanDays = days;
    values.starsze = String(days);
  }
  const page = Math.min(10_000, Math.max(1, Number.parseInt(one(params.strona), 10) || 1));
  return { filters, values, page, invalidAge: raw.starsze !== "" && values.starsze === "" };
}

const DAY_MS = 86_400_000;

/** Whole calendar days in Warsaw from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: Date, to: Date): number {
  const day = (d: Date) => Date.parse(`${warsawDate(d)}T00:00:00Z`);
  return Math.round((day(to) - day(from)) / DAY_MS);
}

export const daysWord = (n: number) => (Math.abs(n) === 1 ? `${n} dzień` : `${n} dni`);

/** "dziś", "1 dzień", "5 dni": how long a ticket has been waiting. */
export function ageText(createdAt: Date, at: Date): string {
  const days = calendarDaysBetween(createdAt, at);
  return days <= 0 ? "dziś" : daysWord(days);
}

export type DueState = { text: string; overdue: boolean; daysLeft: number };

/**
 * The complaint's 14-day limit in words (never by colour alone): "Pozostało: 3 dni", "Termin mija
 * dziś", "Po terminie o 2 dni". Past the exact moment on its last day it is already overdue.
 */
export function dueState(answerDueAt: Date, at: Date): DueState {
  const daysLeft = calendarDaysBetween(at, answerDueAt);
  if (daysLeft < 0) return { text: `Po terminie o ${daysWord(-daysLeft)}`, overdue: true, daysLeft };
  if (answerDueAt.getTime() < at.getTime()) return { text: "Po terminie (minął dziś)", overdue: true, daysLeft };
  if (daysLeft === 0) return { text: "Termin mija dziś", overdue: false, daysLeft };
  return { text: `Pozostało: ${daysWord(daysLeft)}`, overdue: false, daysLeft };
}
