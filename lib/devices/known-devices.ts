import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accounts, knownDevices } from "@/db/schema";
import type { Tenant } from "@/lib/tenant/schema";
import type { RequestMeta } from "@/lib/request/meta";
import { addDays, now } from "@/lib/clock";
import { hashToken, newToken } from "@/lib/auth/sessions";
import { sendEmail } from "@/lib/email/send";
import { auditCustomer } from "@/lib/audit";
import { describeDevice } from "@/lib/devices/describe-device";

/**
 * New-device alerts (docs/accounts.md §16, S34). A browser carries a long-lived random cookie; the
 * database keeps only its SHA-256 per account, with when the account first and last signed in with
 * it. A successful sign-in from a browser this account has not used for UNSEEN_DAYS (or never) sends
 * the owner the "new-device" e-mail.
 */
export const UNSEEN_DAYS = 90;
export const SESSIONS_PATH = "/ustawienia/sesje";

/** What a browser's cookie must look like (newToken: 32 random bytes, base64url); anything else is no cookie. */
const DEVICE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export type DeviceSighting = { deviceToken: string; alerted: boolean };

/**
 * Called once per successful sign-in, when its session has been created. The known-device path is
 * one statement: it upserts the (account, browser) row and reads, in the same snapshot, when the
 * browser was last seen before and where the account's e-mail goes. Only a new or long-unseen
 * browser costs more: the e-mail through the outbox and an audit entry, in one transaction.
 * Returns the browser's token to (re)set in its cookie.
 */
export async function recordSignInDevice(
  db: Db,
  tenant: Tenant,
  accountId: string,
  cookieToken: string | null | undefined,
  request: RequestMeta,
): Promise<DeviceSighting> {
  const deviceToken = cookieToken && DEVICE_TOKEN.test(cookieToken) ? cookieToken : newToken();
  const deviceHash = hashToken(deviceToken);
  const at = now();
  const previous = db.$with("previous").as(
    db
      .select({ lastSeenAt: knownDevices.lastSeenAt })
      .from(knownDevices)
      .where(and(eq(knownDevices.accountId, accountId), eq(knownDevices.deviceHash, deviceHash), eq(knownDevices.tenantId, tenant.id))),
  );
  const seen = db.$with("seen").as(
    db
      .insert(knownDevices)
      .values({ accountId, deviceHash, tenantId: tenant.id, firstSeenAt: at, lastSeenAt: at })
      .onConflictDoUpdate({ target: [knownDevices.accountId, knownDevices.deviceHash], set: { lastSeenAt: at } })
      .returning({ accountId: knownDevices.accountId }),
  );
  const [row] = await db
    .with(previous, seen)
    .select({ previousSeenAt: previous.lastSeenAt, email: accounts.email, login: accounts.login })
    .from(seen)
    .innerJoin(accounts, and(eq(accounts.id, seen.accountId), eq(accounts.tenantId, tenant.id)))
    .leftJoin(previous, sql`true`);
  if (!row) return { deviceToken, alerted: false };
  const lastSeen = row.previousSeenAt ? new Date(row.previousSeenAt) : null;
  if (lastSeen && lastSeen > addDays(at, -UNSEEN_DAYS)) return { deviceToken, alerted: false };

  const device = describeDevice(request.userAgent);
  await db.transaction(async (tx) => {
    await sendEmail(tx, {
      tenant,
      to: row.email,
      template: { name: "new-device", props: { login: row.login, signedInAt: at, device, ip: request.ip, path: SESSIONS_PATH } },
    });
    await auditCustomer({ db: tx, tenant, accountId }, request, {
      action: "signin.new-device",
      targetKind: "account",
      targetId: accountId,
      details: { device, ...(lastSeen ? { lastSeenAt: lastSeen.toISOString() } : {}) },
    });
  });
  return { deviceToken, alerted: true };
}
