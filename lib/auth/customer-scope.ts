import type { Account, Session } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";

/**
 * A customer's role toward the data of the customer number they act for. Only the holder exists
 * today; delegated access (a proxy, a bookkeeper) adds members to this union, and every lib function
 * already receives the role through the CustomerScope.
 */
export type CustomerRole = "holder";

/**
 * Whose data a customer request may touch: the tenant of the host, the customer number of the
 * signed-in account and the account itself. Every customer-data function in lib/ takes it first and
 * puts tenant and customer into its WHERE clause.
 */
export type CustomerScope = { db: Db; tenant: Tenant; customerId: string; accountId: string; role: CustomerRole };

/** What requireCustomer hands a customer page or action: the scope plus what the session pages show. */
export type CustomerRequest = { scope: CustomerScope; account: Account; session: Session; customerName: string | null; sessionToken: string };

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
