import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { accounts, customers, delegations, sessions, type Account, type DelegateRole, type Session } from "@/db/schema";
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
  /** The live delegation the session acts under (docs/accounts.md §17), or null: the account's own customer. */
  acting: { delegationId: string; customerId: string; role: DelegateRole } | null;
  /** The account holds a live delegation of any customer (the header's switcher is shown). */
  actsForOthers: boolean;
};

export type CustomerSessionLookup = { ok: true; found: CustomerSession } | { ok: false; reason: Exclude<SessionCheck, { ok: true }>["reason"] };

/**
 * Who is asking, from the session token (S10–S14): one query reads the session row, its account
 * (joined on this tenant), the customer's name and whether the regulation in force is accepted —
 * every page needs all four. The session rules are judgeSession's (live, this tenant, not idle, not
 * past the absolute limit); an account that is not active ends the session's use.
 *
 * A session that acts for another customer (a delegate, docs/accounts.md §17) joins its delegation in
 * the same query, with the rules in the join: of this tenant, this very account, accepted and not
 * revoked. A delegation revoked a moment ago no longer matches, so the session is back on the
 * account's own customer at its next request.
 *
 * A delegate-only account (no customer of its own) has nothing to fall back to: when its session
 * names no live delegation (just signed in, or the one it acted under was revoked or ended), it
 * takes the account's first live delegation and the session remembers it (liveDelegationOf). With
 * none left, `acting` stays null and requireCustomer shows the no-access page instead of any data.
 */
export async function loadCustomerSession(db: DbOrTx, tenant: Tenant, token: string): Promise<CustomerSessionLookup> {
  const [row] = await sessionQuery(db).execute({ tenantId: tenant.id, today: warsawDate(now()), sessionId: hashToken(token) });
  const check = await judgeSession(db, row?.session, tenant.id);
  if (!check.ok) return { ok: false, reason: check.reason };
  const account = row!.account;
  if (!account || account.status !== "active") return { ok: false, reason: "revoked" };
  // No version in force yet: the tenant file's first version is written on first use (regulationToAccept).
  const regulationPending = row!.regulationId ? !row!.accepted : (await regulationToAccept(db, tenant, account.id)) !== null;
  let acting = row!.acting?.delegationId ? row!.acting : null;
  let customerName = row!.customerName;
  if (!acting && account.customerId === null && row!.actsForOthers) {
    const live = await liveDelegationOf(db, tenant.id, account.id);
    if (live) {
      await db.update(sessions).set({ delegationId: live.delegationId }).where(eq(sessions.id, check.session.id));
      acting = { delegationId: live.delegationId, customerId: live.customerId, role: live.role };
      customerName = live.customerName;
    }
  }
  return {
    ok: true,
    found: { account, session: check.session, customerName, regulationPending, acting, actsForOthers: Boolean(row!.actsForOthers) },
  };
}

/**
 * The one query of every signed-in request, built once per database handle and run with its three
 * values: building it (three joins, two tables' columns, three subqueries) cost more of the server's
 * time than the database took to answer it (docs/decisions/0012-request-cost.md).
 */
const sessionQueries = new WeakMap<DbOrTx, ReturnType<typeof buildSessionQuery>>();

function sessionQuery(db: DbOrTx) {
  let query = sessionQueries.get(db);
  if (!query) sessionQueries.set(db, (query = buildSessionQuery(db)));
  return query;
}

function buildSessionQuery(db: DbOrTx) {
  const tenantId = sql.placeholder("tenantId");
  const inForce = regulationInForceId(db, tenantId, sql.placeholder("today"));
  return db
    .select({
      session: sessions,
      account: accounts,
      customerName: customers.name,
      acting: { delegationId: delegations.id, customerId: delegations.customerId, role: delegations.role },
      actsForOthers: sql<boolean>`exists (select 1 from delegations d where d.tenant_id = ${tenantId} and d.account_id = ${accounts.id} and d.accepted_at is not null and d.revoked_at is null)`,
      regulationId: sql<string | null>`${inForce}`,
      accepted: sql<boolean>`exists (select 1 from regulation_acceptances ra where ra.account_id = ${accounts.id} and ra.regulation_version_id = ${inForce})`,
    })
    .from(sessions)
    .leftJoin(accounts, and(eq(accounts.id, sessions.accountId), eq(accounts.tenantId, tenantId)))
    .leftJoin(
      delegations,
      and(
        eq(delegations.id, sessions.delegationId),
        eq(delegations.tenantId, tenantId),
        eq(delegations.accountId, sessions.accountId),
        isNotNull(delegations.acceptedAt),
        isNull(delegations.revokedAt),
      ),
    )
    .leftJoin(customers, and(eq(customers.id, sql`coalesce(${delegations.customerId}, ${accounts.customerId})`), eq(customers.tenantId, tenantId)))
    .where(eq(sessions.id, sql.placeholder("sessionId")))
    .limit(1)
    .prepare("customer_session");
}

/** The account's earliest accepted, unrevoked delegation on this tenant, with the customer's name. */
async function liveDelegationOf(db: DbOrTx, tenantId: string, accountId: string) {
  const [live] = await db
    .select({ delegationId: delegations.id, customerId: delegations.customerId, role: delegations.role, customerName: customers.name })
    .from(delegations)
    .innerJoin(customers, and(eq(customers.tenantId, delegations.tenantId), eq(customers.id, delegations.customerId)))
    .where(and(eq(delegations.tenantId, tenantId), eq(delegations.accountId, accountId), isNotNull(delegations.acceptedAt), isNull(delegations.revokedAt)))
    .orderBy(delegations.acceptedAt)
    .limit(1);
  return live ?? null;
}
