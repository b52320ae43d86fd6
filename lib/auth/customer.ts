import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { accounts, customers, sessions, type Account, type Session } from "@/db/schema";
import { sessionTokenFromCookie } from "@/lib/auth/session-cookie";
import { hashToken, judgeSession, type SessionCheck } from "@/lib/auth/sessions";
import { now } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import { getTenant } from "@/lib/tenant/server";
import type { Tenant } from "@/lib/tenant/schema";
import { regulationToAccept } from "@/lib/accounts/regulation";

export type CustomerContext = {
  tenant: Tenant;
  account: Account;
  session: Session;
  sessionToken: string;
  /** The customer's name as the CRM sent it (the portal header), read with the session. */
  customerName: string | null;
  /** True when the regulation in force is not yet accepted (requireCustomer's gate). */
  regulationPending: boolean;
};

type Lookup = { ok: true; ctx: CustomerContext } | { ok: false; reason: Exclude<SessionCheck, { ok: true }>["reason"] };

/** The id of the tenant's regulation in force (currentRegulation's rule), as a subquery. */
const regulationInForce = (tenantId: string, today: string) => sql`(
  select r.id from regulation_versions r
  where r.tenant_id = ${tenantId} and r.status = 'published' and r.effective_date <= ${today}
  order by r.effective_date desc, r.published_at desc limit 1)`;

/**
 * The signed-in customer of this request, checked against the database on every request (S10–S14):
 * the session row must be live and belong to the tenant of this host, the account to the same
 * tenant. One query reads the session, its account (same tenant in the join), the customer's name
 * and whether the regulation in force is accepted — every page needs all four. Cached per request.
 */
export const lookupCustomer = cache(async (): Promise<Lookup> => {
  const tenant = await getTenant();
  await headers(); // opt out of static rendering
  const token = await sessionTokenFromCookie();
  if (!token) return { ok: false, reason: "missing" };
  const db = await getDb();
  const inForce = regulationInForce(tenant.id, warsawDate(now()));
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
  return { ok: true, ctx: { tenant, account, session: check.session, sessionToken: token, customerName: row!.customerName, regulationPending } };
});

export async function findCustomer(): Promise<CustomerContext | null> {
  const found = await lookupCustomer();
  return found.ok ? found.ctx : null;
}

const signedOutReason: Record<string, string> = { idle: "bezczynnosc", expired: "sesja", revoked: "sesja" };

export type Gate = "password-change" | "regulation";

/**
 * Every customer page and action starts here. Without a live session: to the sign-in page (saying
 * why, after inactivity). A pending forced password change or regulation acceptance comes before
 * any other page; the pages of those steps pass `allow`.
 */
export async function requireCustomer(options: { allow?: Gate } = {}): Promise<CustomerContext> {
  const found = await lookupCustomer();
  if (!found.ok) {
    const why = signedOutReason[found.reason];
    redirect(why ? `/?wylogowano=${why}` : "/");
  }
  const { ctx } = found;
  if (ctx.account.mustChangePassword) {
    if (options.allow !== "password-change") redirect("/zmiana-hasla");
    return ctx;
  }
  if (options.allow !== "regulation" && ctx.regulationPending) redirect("/regulamin/akceptacja");
  return ctx;
}
