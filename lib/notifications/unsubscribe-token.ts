import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { isAlwaysOn, isNotificationEvent, type NotificationEvent } from "@/lib/notifications/events";

/**
 * The token of a one-click unsubscribe link (docs/email.md §7, S35): it names the tenant, the customer
 * and the one event it turns off, signed with an HMAC of the app secret. It works without signing in,
 * so the signature is all that authenticates it; the route also checks that the host's tenant is
 * the token's. It does not expire: an unsubscribe link in an old message must still work.
 */
export type UnsubscribeClaim = { tenantId: string; customerId: string; event: NotificationEvent };

const PURPOSE = "mojbok-unsubscribe-v1";

function mac(payload: string): Buffer {
  return createHmac("sha256", authSecret()).update(`${PURPOSE}:${payload}`).digest();
}

export function signUnsubscribeToken(claim: UnsubscribeClaim): string {
  const payload = Buffer.from(JSON.stringify([claim.tenantId, claim.customerId, claim.event])).toString("base64url");
  return `${payload}.${mac(payload).toString("base64url")}`;
}

/** The claim of a genuine token, or null (bad signature, malformed, an event that cannot be turned off). */
export function verifyUnsubscribeToken(token: string): UnsubscribeClaim | null {
  if (token.length > 600) return null;
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((v) => typeof v === "string")) return null;
  const [tenantId, customerId, event] = parsed as string[];
  if (!isNotificationEvent(event!) || isAlwaysOn(event)) return null;
  return { tenantId: tenantId!, customerId: customerId!, event };
}
