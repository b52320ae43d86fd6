import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { getTenant } from "@/lib/tenant/server";
import { checkResetLink, linkProblem } from "@/lib/accounts/reset-by-link";
import { SetPasswordScreen } from "./set-password-form";

// The token is in the URL: other sites must never see it (proxy.ts sends the same policy). Not
// "no-referrer": with it the browser sends "Origin: null" with the JavaScript-free form POST, which
// is refused as cross-site (S16). "strict-origin" sends only the origin.
export const metadata: Metadata = { title: "Ustaw hasło do portalu", referrer: "strict-origin" };

/** Where a reset link leads. Opening it only looks the link up; the form's POST uses it. */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const tenant = await getTenant();
  const { token } = await params;
  const link = await checkResetLink(await getDb(), tenant, token);
  return <SetPasswordScreen token={token} hint={tenant.passwordPolicy.hint} problem={link.ok ? null : linkProblem[link.reason]} />;
}
