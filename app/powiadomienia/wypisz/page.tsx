import type { Metadata } from "next";
import { getTenant } from "@/lib/tenant/server";
import { AuthCard } from "@/components/auth/auth-card";
import { UnsubscribeForm } from "@/components/settings/unsubscribe-form";
import { unsubscribeClaim } from "@/lib/notifications/unsubscribe";
import { eventLabel } from "@/lib/notifications/events";
import { NOTIFICATION_SETTINGS } from "@/lib/notifications/notify";
import { INVALID_UNSUBSCRIBE_LINK } from "@/lib/notifications/unsubscribe-texts";
import { unsubscribeAction } from "./unsubscribe-action";

// The token is in the URL: only the origin leaves in a Referer (as on the other token pages).
export const metadata: Metadata = { title: "Wypisanie z powiadomień", referrer: "strict-origin" };

/**
 * Where a notification's "Wypisz się" link leads (docs/email.md §7), without signing in. Opening it
 * only shows what would change; "Wypisz mnie" POSTs (docs/decisions/0003-links-change-nothing-on-get.md).
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ t?: string | string[] }> }) {
  const tenant = await getTenant();
  const raw = (await searchParams).t;
  const token = typeof raw === "string" ? raw : "";
  const claim = unsubscribeClaim(tenant, token);
  return (
    <AuthCard title="Wypisanie z powiadomień" testId="unsubscribe" width="narrow">
      {claim ? (
        <UnsubscribeForm action={unsubscribeAction} token={token} label={eventLabel(claim.event)} settingsHref={NOTIFICATION_SETTINGS} />
      ) : (
        <p role="alert" className="text-ink">
          {INVALID_UNSUBSCRIBE_LINK}
        </p>
      )}
    </AuthCard>
  );
}
