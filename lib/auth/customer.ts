import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getDb, type Db } from "@/db/client";
import { loadCustomerSession, type CustomerSession, type CustomerSessionLookup } from "@/lib/auth/customer-session";
import { sessionTokenFromCookie } from "@/lib/auth/session-cookie";
import { getTenant } from "@/lib/tenant/server";
import type { Tenant } from "@/lib/tenant/schema";
import { homeRoute, requireModule, type ModuleRule } from "@/lib/portal/modules";
import { REQUEST_PATH_HEADER, safeNextPath, withNext } from "@/lib/auth/next-path";
import { roleAllowed, scopeOf, type AllowedRoles, type CustomerRequest, type CustomerResolution, type Gate } from "@/lib/auth/customer-scope";
import type { Account, Session } from "@/db/schema";

export type { CustomerRequest, CustomerScope, CustomerRole, Gate } from "@/lib/auth/customer-scope";
export { ROLES } from "@/lib/auth/customer-scope";

type Found = CustomerSession & { tenant: Tenant; sessionToken: string };
type Lookup = { ok: true; found: Found } | Extract<CustomerSessionLookup, { ok: false }>;

/**
 * The signed-in customer of this request, checked against the database on every request (S10–S14):
 * the session row must be live and belong to the tenant of this host, the account to the same
 * tenant — one query (lib/auth/customer-session.ts). Cached per request.
 */
const lookupCustomer = cache(async (): Promise<Lookup> => {
  const tenant = await getTenant();
  await headers(); // opt out of static rendering
  const token = await sessionTokenFromCookie();
  if (!token) return { ok: false, reason: "missing" };
  const result = await loadCustomerSession(await getDb(), tenant, token);
  if (!result.ok) return result;
  return { ok: true, found: { tenant, sessionToken: token, ...result.found } };
});

async function customerRequest(found: Found): Promise<CustomerRequest | null> {
  const { sessionToken, account, session, customerName, actsForOthers } = found;
  const scope = scopeOf(await getDb(), found);
  return scope ? { scope, account, session, customerName, sessionToken, actsForOthers } : null;
}

/** The signed-in customer, gates or not (the start page, sign-out, "Pozostań zalogowany"), or null. */
export async function findCustomer(): Promise<CustomerRequest | null> {
  const found = await lookupCustomer();
  return found.ok ? customerRequest(found.found) : null;
}

/** Whoever is signed in on this host, whether or not they may act for any customer now (the invitation and no-access pages). */
export type SignedIn = { db: Db; tenant: Tenant; account: Account; session: Session; sessionToken: string };

export async function findSignedIn(): Promise<SignedIn | null> {
  const found = await lookupCustomer();
  if (!found.ok) return null;
  const { tenant, account, session, sessionToken } = found.found;
  return { db: await getDb(), tenant, account, session, sessionToken };
}

/** Where a signed-in account that may act for no customer is sent (docs/accounts.md §17). */
export const NO_CUSTOMER_PATH = "/bez-dostepu";

const signedOutReason: Record<string, string> = { idle: "bezczynnosc", expired: "sesja", revoked: "sesja" };

/** The page this request asked for (proxy.ts names it), when it is a path of this host. */
async function askedPath(): Promise<string | null> {
  return safeNextPath((await headers()).get(REQUEST_PATH_HEADER));
}

/**
 * The customer of this request, or where to send them instead: without a live session the sign-in
 * page (saying why, after inactivity); a pending forced password change or regulation acceptance
 * comes before any other page, and the pages of those steps pass `allow`. Each detour carries the
 * page asked for (or `next`, a route's form page) as `?next=`, so the customer gets there in the end (lib/auth/next-path.ts).
 */
export async function resolveCustomer(options: { allow?: Gate; next?: string } = {}): Promise<CustomerResolution> {
  const found = await lookupCustomer();
  const asked = options.next ?? (await askedPath());
  if (!found.ok) {
    const why = signedOutReason[found.reason];
    const tenant = await getTenant();
    return { ok: false, to: withNext(why ? `/?wylogowano=${why}` : "/", asked, homeRoute(tenant)) };
  }
  const ctx = found.found;
  const home = homeRoute(ctx.tenant);
  if (ctx.account.mustChangePassword) {
    if (options.allow !== "password-change") return { ok: false, to: withNext("/zmiana-hasla", asked, home) };
  } else if (options.allow !== "regulation" && ctx.regulationPending) {
    return { ok: false, to: withNext("/regulamin/akceptacja", asked, home) };
  }
  const customer = await customerRequest(ctx);
  return customer ? { ok: true, customer } : { ok: false, to: NO_CUSTOMER_PATH };
}

/**
 * Every customer page and route starts here (actions go through customerAction, which asks the same
 * through lib/request/check.ts). With `module`, a tenant that does not offer the module answers 404 —
 * before the session is looked at, since the page does not exist on that host at all. `roles` are
 * who may use the page (ROLES in lib/auth/customer-scope.ts); without it only the holder, so a new
 * page is closed to delegates until it opens itself (docs/accounts.md §17). Anyone else gets a 404.
 * Returns one value: the CustomerScope that lib/ functions take first, and the account/session the pages show.
 */
export async function requireCustomer(options: { allow?: Gate; module?: ModuleRule; roles?: AllowedRoles } = {}): Promise<CustomerRequest> {
  if (options.module) requireModule(await getTenant(), options.module);
  const resolved = await resolveCustomer(options);
  if (!resolved.ok) redirect(resolved.to);
  if (!roleAllowed(resolved.customer.scope.role, options.roles)) notFound();
  return resolved.customer;
}
