import "server-only";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/nextauth";
import { homeRoute } from "@/lib/portal/modules";
import { afterSignInPath, withNext } from "@/lib/auth/next-path";
import type { Tenant } from "@/lib/tenant/schema";
import type { Db } from "@/db/client";
import type { RequestMeta } from "@/lib/request/meta";
import { noteSignInDevice } from "@/components/auth/device-cookie";
import type { FormState } from "@/lib/actions/form-state";

/** The second step's page (docs/accounts.md §15). */
export const SECOND_STEP_PATH = "/logowanie/kod";

/**
 * Hands a signed-in result's session token to Auth.js (the cookie) and goes on: to the page asked
 * for, if it is one of this host (lib/auth/next-path.ts), the forced change first when pending. The
 * sign-in form and the second step's form both end here, so a browser new to the account gets its
 * e-mail after either (docs/accounts.md §16).
 */
export async function startSession(
  result: { token: string; accountId: string; mustChangePassword: boolean },
  ctx: { db: Db; tenant: Tenant; request: RequestMeta },
  next: string | undefined,
): Promise<FormState> {
  const { tenant } = ctx;
  await noteSignInDevice(ctx.db, tenant, result.accountId, ctx.request);
  try {
    await signIn("session-ticket", { ticket: result.token, redirect: false });
  } catch (error) {
    // Only Auth.js's own failure is ours to answer; anything else (including Next's redirect) goes on.
    if (error instanceof AuthError) return { status: "error", formError: "Nie udało się zalogować. Spróbuj ponownie." };
    throw error;
  }
  const home = homeRoute(tenant);
  redirect(result.mustChangePassword ? withNext("/zmiana-hasla", next ?? null, home) : afterSignInPath(next, home));
}
