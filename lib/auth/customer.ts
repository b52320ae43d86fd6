import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { accounts, type Account, type Session } from "@/db/schema";
import { auth } from "@/lib/auth/nextauth";
import { checkSession, type SessionCheck } from "@/lib/auth/sessions";
import { getTenant } from "@/lib/tenant/server";
import type { Tenant } from "@/lib/tenant/schema";
import { regulationToAccept } from "@/lib/accounts/regulation";

export type CustomerContext = { tenant: Tenant; account: Account; session: Session; sessionToken: string };

type Lookup = { ok: true; ctx: CustomerContext } | { ok: false; reason: Exclude<SessionCheck, { ok: true }>["reason"] };

/**
 * The signed-in customer of this request, checked against the database on every request (S10–S14):
 * the session row must be live and belong to the tenant of this host, the account to the same
 * tenant. Cached per request.
 */
export const lookupCustomer = cache(async (): Promise<Lookup> => {
  const tenant = await getTenant();
  await headers(); // opt out of static rendering
  const token = (await auth())?.sid;
  const db = await getDb();
  const check = await checkSession(db, token, tenant.id);
  if (!check.ok) return { ok: false, reason: check.reason };
  const [account] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.id, check.session.accountId), eq(accounts.tenantId, tenant.id)))
    .limit(1);
  if (!account || account.status !== "active") return { ok: false, reason: "revoked" };
  return { ok: true, ctx: { tenant, account, session: check.session, sessionToken: token! } };
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
  if (options.allow !== "regulation" && (await regulationToAccept(await getDb(), ctx.tenant, ctx.account.id))) redirect("/regulamin/akceptacja");
  return ctx;
}
