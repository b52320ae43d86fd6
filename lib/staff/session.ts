import "server-only";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { StaffUser } from "@/db/schema";
import { getDb, type Db } from "@/db/client";
import { isProduction } from "@/lib/env";
import { requestMeta, type RequestMeta } from "@/lib/request/meta";
import { getHostTarget } from "@/lib/tenant/server";
import type { StaffScope } from "./scope";
import { checkStaffSession, staffCookieName, type StaffRole, type StaffSessionCheck } from "./session-store";

/** The console's requests: host check, cookie, and the signed-in staff member's scope for pages and actions. */

/** Every console page, action and route starts here: a 404 on any host but the console's. */
export async function requireConsoleHost(): Promise<void> {
  const target = await getHostTarget();
  if (target?.kind !== "admin") notFound();
}

export async function readStaffToken(): Promise<string | null> {
  return (await cookies()).get(staffCookieName())?.value ?? null;
}

const cookieAttributes = () => ({ httpOnly: true, sameSite: "lax" as const, secure: isProduction(), path: "/" });

export async function setStaffCookie(token: string): Promise<void> {
  // A browser-session cookie: the server's limits decide how long it is good for.
  (await cookies()).set(staffCookieName(), token, cookieAttributes());
}

/** Expired with the same attributes: a `__Host-` cookie can only be replaced by a Secure one. */
export async function clearStaffCookie(): Promise<void> {
  (await cookies()).set(staffCookieName(), "", { ...cookieAttributes(), maxAge: 0 });
}

const needsSetup = (user: StaffUser) => user.mustChangePassword || !user.totpEnrolledAt;

/**
 * The signed-in staff member's scope (lib/staff/scope.ts), fully authenticated (password and second
 * factor, setup done), or a redirect to the sign-in page. `role: "admin"` makes the page a 404 for staff.
 */
export async function requireStaff(options: { role?: StaffRole } = {}): Promise<StaffScope> {
  await requireConsoleHost();
  const db = await getDb();
  const check = await checkStaffSession(db, await readStaffToken());
  if (!check.ok) redirect(check.reason === "missing" ? "/konsola/logowanie" : `/konsola/logowanie?koniec=${check.reason}`);
  if (!check.mfaPassed) redirect(needsSetup(check.user) ? "/konsola/konfiguracja" : "/konsola/logowanie/kod");
  if (needsSetup(check.user)) redirect("/konsola/konfiguracja");
  if (options.role === "admin" && check.user.role !== "admin") notFound();
  const { id, email, role, tenants } = check.user;
  return { db, staff: { id, email, role, tenants, sessionId: check.sessionId }, request: await requestMeta() };
}

/**
 * The sign-in steps (password, code, first-time setup) and the sign-out run without a fully signed-in
 * staff member, so they get no StaffScope: only the database and who is asking, on the console host.
 */
export type ConsoleRequest = { db: Db; request: RequestMeta };

export async function consoleRequest(): Promise<ConsoleRequest> {
  await requireConsoleHost();
  return { db: await getDb(), request: await requestMeta() };
}

/** A session that passed the password but not yet the second factor (the code and setup pages). */
export async function requireHalfSession(): Promise<{ user: StaffUser; sessionId: string; mfaPassed: boolean }> {
  const { db } = await consoleRequest();
  const check = await checkStaffSession(db, await readStaffToken());
  if (!check.ok) redirect("/konsola/logowanie");
  return check;
}

/** The signed-in staff member or null, without redirecting (the sign-in page). */
export async function findStaff(): Promise<StaffSessionCheck> {
  return checkStaffSession(await getDb(), await readStaffToken());
}
