import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { getTenant } from "@/lib/tenant/server";
import { activationState } from "@/lib/accounts/activation";
import { AuthCard } from "@/components/auth/auth-card";
import { ActivationForm } from "./activation-form";

// The token is in the URL: other sites must never see it (proxy.ts sends the same policy). Not
// "no-referrer": with it the browser sends "Origin: null" with a form POST, and the JavaScript-free
// "Aktywuj konto" would be refused as cross-site (S16). "strict-origin" sends only the origin.
export const metadata: Metadata = { title: "Aktywacja konta", referrer: "strict-origin" };

/** Where the activation e-mail's link leads. Opening it only looks; "Aktywuj konto" POSTs (S16). */
export default async function ActivationPage({ params }: { params: Promise<{ token: string }> }) {
  const tenant = await getTenant();
  const { token } = await params;
  const link = await activationState(await getDb(), tenant, token);
  return (
    <AuthCard title={`${tenant.names.portalHeading} / Aktywacja konta`} testId="activation">
      <ActivationForm
        token={token}
        linkState={link.state}
        login={link.state === "ready" ? link.login : null}
        texts={{ forgotPassword: tenant.texts.forgotPasswordLink }}
      />
    </AuthCard>
  );
}
