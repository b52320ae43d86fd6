import "server-only";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { StaffUser } from "@/db/schema";
import { getDb } from "@/db/client";
import { isProduction } from "@/lib/env";
import { clientIp, getHostTarget } from "@/lib/tenant/server";
import { checkStaffSession, staffCookieName, type StaffRequest, type StaffRole, type StaffSessionCheck } from "./session-store";

/** The console's requests: host check, cookie, and the signed-in staff member for pages and actions. */
export type Staff = { id: string; email: string; role: StaffRole; tenants: string[]; sessionId: string };

/** Every console page, action and route starts here: a 404 on any host but the console's. */
export async function requireConsoleHost(): Promise<void> {
  const target = await getHostTarget();
  if (target?.kind !== "admin") notFound();
}

export async function staffRequest(): Promise<StaffRequest> {
  const h = await headers();
  return { ip: await clientIp(), userAgent: h.get("user-agent") };
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
 * The signed-in staff member, fully authenticated (password and second factor, setup done), or a
 * redirect to the sign-in page. `role: "admin"` makes the page a 404 for staff.
 */
export async function requireStaff(options: { role?: StaffRole } = {}): Promise<Staff> {
  await requireConsoleHost();
  const check = await checkStaffSession(await getDb(), await readStaffToken());
  if (!check.ok) redirect(check.reason === "missing" ? "/konsola/logowanie" : `/konsola/logowanie?koniec=${check.reason}`);
  if (!check.mfaPassed) redirect(needsSetup(check.user) ? "/konsola/konfiguracja" : "/konsola/logowanie/kod");
  if (needsSetup(check.user)) redirect("/konsola/konfiguracja");
  if (options.role === "admin" && check.user.role !== "admin") notFound();
  const { id, email, role, tenants } = check.user;
  return { id, email, role, tenants, sessionId: check.sessionId };
}

/** A session that passed the password but not yet the second factor (the code and setup pages). */
export async function requireHalfSession(): Promise<{ user: StaffUser; sessionId: string; mfaPassed: boolean }> {
  await requireConsoleHost();
  const check = await checkStaffSession(await getDb(), await readStaffToken());
  if (!check.ok) redirect("/konsola/logowanie");
  return check;
}

/** The signed-in staff member or null, without redirecting (the sign-in page). */
export async function findStaff(): Promise<StaffSessionCheck> {
  return checkStaffSession(await getDb(), await readStaffToken());
}
