import type { DocumentStatus } from "@/lib/billing/allocation";
import type { DocumentKind } from "@/lib/billing/labels";

/**
 * The state of the document list lives in the URL (filters, sort, page). Anything that is not a
 * value we know falls back to its default, so a hand-edited link never shows an error.
 */
export type SortKey = "issue" | "due" | "amount";
export type ListQuery = {
  kind: DocumentKind | null;
  status: DocumentStatus | null;
  from: string | null;
  to: string | null;
  contract: string | null;
  sort: SortKey;
  dir: "asc" | "desc";
  page: number;
};

export const PAGE_SIZE = 25;
export const defaultQuery: ListQuery = { kind: null, status: null, from: null, to: null, contract: null, sort: "issue", dir: "desc", page: 1 };

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || null;
const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | null => (allowed.includes(value as T) ? (value as T) : null);

function isoDate(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

export function parseListQuery(params: Params): ListQuery {
  const page = Number(one(params.strona));
  return {
    kind: pick(one(params.rodzaj), ["invoice", "correction", "interest_note"] as const),
    status: pick(one(params.status), ["paid", "unpaid", "overdue"] as const),
    from: isoDate(one(params.od)),
    to: isoDate(one(params.do)),
    contract: one(params.umowa)?.slice(0, 100) ?? null,
    sort: pick(one(params.sortuj), ["issue", "due", "amount"] as const) ?? defaultQuery.sort,
    dir: pick(one(params.kierunek), ["asc", "desc"] as const) ?? defaultQuery.dir,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The query string of `query` with `changes` applied; defaults are left out to keep links short. */
export function listHref(path: string, query: ListQuery, changes: Partial<ListQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  const add = (name: string, value: string | number | null, fallback: string | number | null) => {
    if (value !== null && value !== fallback) params.set(name, String(value));
  };
  add("rodzaj", next.kind, null);
  add("status", next.status, null);
  add("od", next.from, null);
  add("do", next.to, null);
  add("umowa", next.contract, null);
  add("sortuj", next.sort, defaultQuery.sort);
  add("kierunek", next.dir, defaultQuery.dir);
  add("strona", next.page, 1);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
