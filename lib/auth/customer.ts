import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { loadCustomerSession, type CustomerSession, type CustomerSessionLookup } from "@/lib/auth/customer-session";
import { sessionTokenFromCookie } from "@/lib/auth/session-cookie";
import { getTenant } from "@/lib/tenant/server";
import type { Tenant } from "@/lib/tenant/schema";
import { homeRoute } from "@/lib/portal/modules";
import { REQUEST_PATH_HEADER, safeNextPath, withNext } from "@/lib/auth/next-path";

export type CustomerContext = CustomerSession & { tenant: Tenant; sessionToken: string };

type Lookup = { ok: true; ctx: CustomerContext } | Extract<CustomerSessionLookup, { ok: false }>;

/**
 * The signed-in customer of this request, checked against the database on every request (S10–S14):
 * the session row must be live and belong to the tenant of this host, the account to the same
 * tenant — one query (lib/auth/customer-session.ts). Cached per request.
 */
export const lookupCustomer = cache(async (): Promise<Lookup> => {
  const tenant = await getTenant();
  await headers(); // opt out of static rendering
  const token = await sessionTokenFromCookie();
  if (!token) return { ok: false, reason: "missing" };
  const result = await loadCustomerSession(await getDb(), tenant, token);
  if (!result.ok) return result;
  return { ok: true, ctx: { tenant, sessionToken: token, ...result.found } };
});

export async function findCustomer(): Promise<CustomerContext | null> {
  const found = await lookupCustomer();
  return found.ok ? found.ctx : null;
}

const signedOutReason: Record<string, string> = { idle: "bezczynnosc", expired: "sesja", revoked: "sesja" };

export type Gate = "password-change" | "regulation";

/** The page this request asked for (proxy.ts names it), when it is a path of this host. */
async function askedPath(): Promise<string | null> {
  return safeNextPath((await headers()).get(REQUEST_PATH_HEADER));
}

/**
 * Every customer page and action starts here. Without a live session: to the sign-in page (saying
 * why, after inactivity). A pending forced password change or regulation acceptance comes before
 * any other page; the pages of those steps pass `allow`. Each of these detours carries the page
 * asked for as `?next=`, so the customer gets there in the end (lib/auth/next-path.ts).
 */
export async function requireCustomer(options: { allow?: Gate } = {}): Promise<CustomerContext> {
  const found = await lookupCustomer();
  if (!found.ok) {
    const why = signedOutReason[found.reason];
    const tenant = await getTenant();
    redirect(withNext(why ? `/?wylogowano=${why}` : "/", await askedPath(), homeRoute(tenant)));
  }
  const { ctx } = found;
  const home = homeRoute(ctx.tenant);
  if (ctx.account.mustChangePassword) {
    if (options.allow !== "password-change") redirect(withNext("/zmiana-hasla", await askedPath(), home));
    return ctx;
  }
  if (options.allow !== "regulation" && ctx.regulationPending) redirect(withNext("/regulamin/akceptacja", await askedPath(), home));
  return ctx;
}
