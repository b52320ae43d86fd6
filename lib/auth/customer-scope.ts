import type { Account, DelegateRole, Session } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";

/**
 * A customer's role toward the data of the customer number they act for (docs/accounts.md §17): the
 * holder (their own account), or a delegate ("pełnomocnik") with one of three roles — view only,
 * view and payments, or full (also tickets, meter readings and contact data; never the password,
 * second factor, delegates or consents).
 */
export type CustomerRole = "holder" | "delegate-view" | "delegate-payments" | "delegate-full";

/**
 * Who may use a page or an action. requireCustomer and customerAction take one of these; without it
 * they admit the holder only, so a new page is closed to delegates until it says otherwise.
 */
export const ROLES = {
  holder: ["holder"],
  view: ["holder", "delegate-view", "delegate-payments", "delegate-full"],
  payments: ["holder", "delegate-payments", "delegate-full"],
  full: ["holder", "delegate-full"],
} as const satisfies Record<string, readonly CustomerRole[]>;

export type AllowedRoles = readonly CustomerRole[];

export function roleAllowed(role: CustomerRole, allowed: AllowedRoles = ROLES.holder): boolean {
  return allowed.includes(role);
}

/** A data-layer function asked to change data by a role that may not (a page that forgot its roles). */
export class RoleRefused extends Error {
  constructor(role: CustomerRole) {
    super(`role ${role} may not do this`);
  }
}

/** The data layer's own check before a change: throws on a role outside `allowed`. */
export function assertRole(scope: { role: CustomerRole }, allowed: AllowedRoles): void {
  if (!roleAllowed(scope.role, allowed)) throw new RoleRefused(scope.role);
}

/**
 * Whose data a customer request may touch: the tenant of the host, the customer number of the
 * signed-in account and the account itself. Every customer-data function in lib/ takes it first and
 * puts tenant and customer into its WHERE clause.
 */
export type CustomerScope = {
  db: Db;
  tenant: Tenant;
  customerId: string;
  accountId: string;
  role: CustomerRole;
  /** The delegation the request acts under; null for the holder. */
  delegationId: string | null;
};

/** What requireCustomer hands a customer page or action: the scope plus what the session pages show. */
export type CustomerRequest = {
  scope: CustomerScope;
  account: Account;
  session: Session;
  customerName: string | null;
  sessionToken: string;
  /** The account holds a live delegation: the header shows the switcher (read in the same one query). */
  actsForOthers: boolean;
};

/** Where a customer without a usable session goes instead (sign-in, forced password change, regulation). */
export type CustomerResolution = { ok: true; customer: CustomerRequest } | { ok: false; to: string };

/** The gates a customer page may be part of (requireCustomer sends everyone else there first). */
export type Gate = "password-change" | "regulation";

/**
 * The customer a read is about, without who is asking: the part of a CustomerScope the balance needs,
 * so the console's customer screen and the payment gateway's notification (no customer account
 * behind them) read the very same balance as the portal.
 */
export type CustomerOf = Pick<CustomerScope, "db" | "tenant" | "customerId">;

const delegateRole: Record<DelegateRole, CustomerRole> = { view: "delegate-view", payments: "delegate-payments", full: "delegate-full" };

/**
 * The scope of a request (requireCustomer): the live delegation the session acts under, else the
 * account's own customer. A delegate-only account with no live delegation has neither: null — never
 * a scope without a customer (docs/accounts.md §17).
 */
export function scopeOf(
  db: Db,
  {
    tenant,
    account,
    acting,
  }: { tenant: Tenant; account: Pick<Account, "id" | "customerId">; acting: { delegationId: string; customerId: string; role: DelegateRole } | null },
): CustomerScope | null {
  if (acting) return { db, tenant, customerId: acting.customerId, accountId: account.id, role: delegateRole[acting.role], delegationId: acting.delegationId };
  if (account.customerId === null) return null;
  return { db, tenant, customerId: account.customerId, accountId: account.id, role: "holder", delegationId: null };
}
