import type { Db } from "@/db/client";
import { audit } from "@/lib/audit";
import type { RequestMeta } from "@/lib/request/meta";
import type { Tenant } from "@/lib/tenant/schema";
import { setChoice } from "@/lib/notifications/preferences";
import { verifyUnsubscribeToken, type UnsubscribeClaim } from "@/lib/notifications/unsubscribe-token";

/**
 * Unsubscribing from one event by the link of a notification (docs/email.md §7, S35), without
 * signing in. The claim counts only on the host of the token's tenant; it changes that customer's
 * choice for that one event and nothing else.
 */

/** What the GET confirmation page shows; opening it changes nothing (docs/decisions/0003-links-change-nothing-on-get.md). */
export function unsubscribeClaim(tenant: Tenant, token: string): UnsubscribeClaim | null {
  const claim = verifyUnsubscribeToken(token);
  return claim && claim.tenantId === tenant.id ? claim : null;
}

/** Turns the event off; null for a token that is not genuine or not this tenant's. */
export async function unsubscribe(
  db: Db,
  tenant: Tenant,
  token: string,
  request: RequestMeta & { via: "one-click" | "page" },
): Promise<UnsubscribeClaim | null> {
  const claim = unsubscribeClaim(tenant, token);
  if (!claim) return null;
  await db.transaction(async (tx) => {
    await setChoice({ db: tx, tenantId: tenant.id, customerId: claim.customerId }, claim.event, false);
    await audit(tx, {
      tenantId: tenant.id,
      actorKind: "unsubscribe-link",
      actorId: null,
      action: "notifications.unsubscribed",
      targetKind: "customer",
      targetId: claim.customerId,
      ip: request.ip,
      userAgent: request.userAgent,
      details: { event: claim.event, via: request.via },
    });
  });
  return claim;
}
