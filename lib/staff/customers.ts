import { and, asc, eq, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import { accounts, contracts, customers, type Account, type Customer } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import type { StaffScope } from "./scope";

/**
 * Customer lookup for the console (issue #5, docs/console.md §5). Only exact identifiers — PESEL, NIP, customer
 * number, contract number, login or e-mail (the last two case-insensitive) — never a name or a
 * prefix: staff find the customer who called, not browse the base. The staff member's tenants are in
 * the WHERE clause of every query, so a customer of another tenant is never found at all.
 */

export type IdentifierKind = "pesel" | "nip" | "customer-number" | "contract-number" | "login" | "email";

export const identifierLabels: Record<IdentifierKind, string> = {
  pesel: "PESEL",
  nip: "NIP",
  "customer-number": "numer klienta",
  "contract-number": "numer umowy",
  login: "login",
  email: "e-mail",
};

/** The shape of what was typed, for the audit log — the value itself (a PESEL…) never goes there. */
export type QueryShape = "pesel" | "nip" | "email" | "number-or-login";

export const QUERY_MAX = 100;

export function queryShape(query: string): QueryShape {
  if (query.includes("@")) return "email";
  if (/^\d{11}$/.test(query)) return "pesel";
  if (/^\d{10}$/.test(query.replace(/[\s-]/g, ""))) return "nip";
  return "number-or-login";
}

export type AccountState = "active" | "pending" | "pending-expired" | "locked" | "disabled" | "none";

type AccountFields = Pick<Account, "status" | "lockedAt" | "pendingUntil">;

export function accountState(account: AccountFields | null, at: Date): AccountState {
  if (!account) return "none";
  if (account.status === "disabled") return "disabled";
  if (account.status === "pending_activation") return account.pendingUntil && account.pendingUntil > at ? "pending" : "pending-expired";
  return account.lockedAt ? "locked" : "active";
}

/** "•••••••1359": PESEL and NIP in lists show only their last four digits. */
export function maskIdentifier(value: string | null): string | null {
  if (!value) return null;
  return `${"•".repeat(Math.max(0, value.length - 4))}${value.slice(-4)}`;
}

export type CustomerHit = {
  tenantId: string;
  customerId: string;
  kind: Customer["kind"];
  name: string;
  customerNumber: string | null;
  maskedTaxId: string | null;
  taxIdKind: "PESEL" | "NIP" | null;
  account: { id: string; login: string; state: AccountState; lockedAt: Date | null } | null;
  matchedBy: IdentifierKind[];
};

export type SearchResult = { shape: QueryShape; hits: CustomerHit[]; truncated: boolean };

export const SEARCH_LIMIT = 50;

type Match = { tenantId: string; customerId: string; kind: IdentifierKind };

/** The tenants a search may look in: the staff member's, narrowed to one when a filter is given. */
function searchTenants({ staff }: StaffScope, tenantFilter?: string | null): string[] {
  return tenantFilter ? staff.tenants.filter((t) => t === tenantFilter) : [...staff.tenants];
}

/** Where an identifier is looked up: the customer record or the portal account, each naming its customer. */
const sources = {
  customer: { table: customers, tenantId: customers.tenantId, customerId: customers.id },
  account: { table: accounts, tenantId: accounts.tenantId, customerId: accounts.customerId },
};

async function matchIn(db: DbOrTx, source: keyof typeof sources, tenants: string[], kind: IdentifierKind, condition: SQL): Promise<Match[]> {
  const { table, tenantId, customerId } = sources[source];
  const rows = await db
    .select({ tenantId, customerId })
    .from(table)
    .where(and(inArray(tenantId, tenants), condition, isNotNull(customerId)))
    .limit(SEARCH_LIMIT + 1);
  // A delegate-only account (docs/accounts.md §17) names no customer: the isNotNull above leaves it out.
  return rows.map((r) => ({ ...r, customerId: r.customerId!, kind }));
}

/** A contract number finds both the contract's holder and its payer. */
async function matchContracts(db: DbOrTx, tenants: string[], number: string): Promise<Match[]> {
  const rows = await db
    .select({ tenantId: contracts.tenantId, customerId: contracts.customerId, payerId: contracts.payerId })
    .from(contracts)
    .where(and(inArray(contracts.tenantId, tenants), eq(contracts.number, number)))
    .limit(SEARCH_LIMIT + 1);
  return rows.flatMap((r) => [
    { tenantId: r.tenantId, customerId: r.customerId, kind: "contract-number" as const },
    ...(r.payerId !== r.customerId ? [{ tenantId: r.tenantId, customerId: r.payerId, kind: "contract-number" as const }] : []),
  ]);
}

function findMatches(db: DbOrTx, tenants: string[], query: string): Promise<Match[]>[] {
  const lower = query.toLowerCase();
  const digits = query.replace(/[\s-]/g, "");
  const searches = [
    matchIn(db, "customer", tenants, "customer-number", eq(customers.customerNumber, query)),
    matchContracts(db, tenants, query),
    matchIn(db, "account", tenants, "login", sql`lower(${accounts.login}) = ${lower}`),
  ];
  if (/^\d{11}$/.test(query)) searches.push(matchIn(db, "customer", tenants, "pesel", eq(customers.pesel, query)));
  if (/^\d{10}$/.test(digits)) searches.push(matchIn(db, "customer", tenants, "nip", eq(customers.nip, digits)));
  if (query.includes("@")) {
    searches.push(matchIn(db, "customer", tenants, "email", sql`lower(${customers.email}) = ${lower}`));
    searches.push(matchIn(db, "account", tenants, "email", sql`lower(${accounts.email}) = ${lower}`));
  }
  return searches;
}

export async function searchCustomers(scope: StaffScope, input: { query: string; tenantId?: string | null }, at: Date): Promise<SearchResult> {
  const { db } = scope;
  const query = input.query.trim().slice(0, QUERY_MAX);
  const shape = queryShape(query);
  const tenants = searchTenants(scope, input.tenantId);
  if (!query || tenants.length === 0) return { shape, hits: [], truncated: false };

  const matches = (await Promise.all(findMatches(db, tenants, query))).flat();
  const keyOf = (m: { tenantId: string; customerId: string }) => `${m.tenantId}\u0000${m.customerId}`;
  const matchedBy = new Map<string, Set<IdentifierKind>>();
  for (const m of matches) matchedBy.set(keyOf(m), (matchedBy.get(keyOf(m)) ?? new Set()).add(m.kind));
  if (matchedBy.size === 0) return { shape, hits: [], truncated: false };

  const pairs = [...matchedBy.keys()].slice(0, SEARCH_LIMIT + 1).map((k) => k.split("\u0000") as [string, string]);
  const rows = await db
    .select({ customer: customers, account: accounts })
    .from(customers)
    .leftJoin(accounts, and(eq(accounts.tenantId, customers.tenantId), eq(accounts.customerId, customers.id)))
    .where(and(inArray(customers.tenantId, tenants), or(...pairs.map(([t, id]) => and(eq(customers.tenantId, t), eq(customers.id, id))))))
    .orderBy(asc(customers.tenantId), asc(customers.name), asc(customers.id));

  const hits = rows.slice(0, SEARCH_LIMIT).map(({ customer, account }): CustomerHit => {
    const taxId = customer.pesel ?? customer.nip;
    return {
      tenantId: customer.tenantId,
      customerId: customer.id,
      kind: customer.kind,
      name: customer.name,
      customerNumber: customer.customerNumber,
      maskedTaxId: maskIdentifier(taxId),
      taxIdKind: customer.pesel ? "PESEL" : customer.nip ? "NIP" : null,
      account: account ? { id: account.id, login: account.login, state: accountState(account, at), lockedAt: account.lockedAt } : null,
      matchedBy: [...(matchedBy.get(keyOf({ tenantId: customer.tenantId, customerId: customer.id })) ?? [])],
    };
  });
  return { shape, hits, truncated: rows.length > SEARCH_LIMIT || matchedBy.size > SEARCH_LIMIT };
}

/** How the console words an account's state (never by colour alone). */
export function accountStateLabel(state: AccountState, lockedAt: Date | null, format: (d: Date) => string): string {
  switch (state) {
    case "active":
      return "Aktywne";
    case "pending":
      return "Oczekuje na aktywację";
    case "pending-expired":
      return "Oczekuje na aktywację (termin minął)";
    case "locked":
      return lockedAt ? `Zablokowane od ${format(lockedAt)}` : "Zablokowane";
    case "disabled":
      return "Wyłączone";
    case "none":
      return "Brak konta";
  }
}
