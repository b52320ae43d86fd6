import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { accounts, customers, sessions, type Account, type Session } from "@/db/schema";
import { regulationToAccept } from "@/lib/regulations/acceptance";
import { regulationInForceId } from "@/lib/regulations/in-force";
import { hashToken, judgeSession, type SessionCheck } from "@/lib/auth/sessions";
import { now } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import type { Tenant } from "@/lib/tenant/schema";

export type CustomerSession = {
  account: Account;
  session: Session;
  /** The customer's name as the CRM sent it (the portal header). */
  customerName: string | null;
  /** True when the regulation in force is not yet accepted (requireCustomer's gate). */
  regulationPending: boolean;
};

export type CustomerSessionLookup = { ok: true; found: CustomerSession } | { ok: false; reason: Exclude<SessionCheck, { ok: true }>["reason"] };

/**
 * Who is asking, from the session token (S10–S14): one query reads the session row, its account
 * (joined on this tenant), the customer's name and whether the regulation in force is accepted —
 * every page needs all four. The session rules are judgeSession's (live, this tenant, not idle, not
 * past the absolute limit); an account that is not active ends the session's use.
 */
export async function loadCustomerSession(db: DbOrTx, tenant: Tenant, token: string): Promise<CustomerSessionLookup> {
  const inForce = regulationInForceId(db, tenant.id, warsawDate(now()));
  const [row] = await db
    .select({
      session: sessions,
      account: accounts,
      customerName: customers.name,
      regulationId: sql<string | null>`${inForce}`,
      accepted: sql<boolean>`exists (select 1 from regulation_acceptances ra where ra.account_id = ${accounts.id} and ra.regulation_version_id = ${inForce})`,
    })
    .from(sessions)
    .leftJoin(accounts, and(eq(accounts.id, sessions.accountId), eq(accounts.tenantId, tenant.id)))
    .leftJoin(customers, and(eq(customers.id, accounts.customerId), eq(customers.tenantId, tenant.id)))
    .where(eq(sessions.id, hashToken(token)))
    .limit(1);
  const check = await judgeSession(db, row?.session, tenant.id);
  if (!check.ok) return { ok: false, reason: check.reason };
  const account = row!.account;
  if (!account || account.status !== "active") return { ok: false, reason: "revoked" };
  // No version in force yet: the tenant file's first version is written on first use (regulationToAccept).
  const regulationPending = row!.regulationId ? !row!.accepted : (await regulationToAccept(db, tenant, account.id)) !== null;
  return { ok: true, found: { account, session: check.session, customerName: row!.customerName, regulationPending } };
}
