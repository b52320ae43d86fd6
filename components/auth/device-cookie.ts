import "server-only";
import { cookies } from "next/headers";
import type { Db } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import type { RequestMeta } from "@/lib/request/meta";
import { isProduction } from "@/lib/env";
import { recordSignInDevice } from "@/lib/devices/known-devices";

/**
 * The browser's own long-lived random cookie (docs/accounts.md §16, S34): how a sign-in tells a known
 * browser from a new one. httpOnly, host-only, SameSite=Lax, Secure in production; the database keeps
 * only its hash (lib/devices/known-devices.ts). It says nothing about the session and signs nobody in.
 */
const secure = isProduction();
const COOKIE = secure ? "__Host-mojbok.device" : "mojbok.device";
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/**
 * One call where a customer session has just been created after a successful sign-in: records this
 * browser for the account (an e-mail when it is new or unseen for 90 days) and renews its cookie.
 */
export async function noteSignInDevice(db: Db, tenant: Tenant, accountId: string, request: RequestMeta): Promise<void> {
  const jar = await cookies();
  const { deviceToken } = await recordSignInDevice(db, tenant, accountId, jar.get(COOKIE)?.value, request);
  jar.set(COOKIE, deviceToken, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: ONE_YEAR_SECONDS });
}
