import { and, eq, inArray } from "drizzle-orm";
import { accounts, exportEvents, invoices, onlinePayments, type OnlinePayment } from "@/db/schema";
import type { Db } from "@/db/client";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { sendNotification } from "@/lib/notifications/notify";
import { warsawDate } from "@/lib/format";
import { moduleHref } from "@/lib/portal/modules";
import type { Tenant } from "@/lib/tenant/schema";
import type { GatewayNotification, PaymentGateway } from "@/lib/payments/gateway";
import { balanceOf } from "@/lib/billing/balance";
import { releaseHolds } from "@/lib/payments/holds";
import { settleIfBooked } from "@/lib/payments/settle";
import { hitAddressLimit } from "@/lib/security/rate-limit";

/**
 * The gateway's status notification (S22): signature checked first (constant time) together with
 * the merchant, then our record: unknown session, other amount or currency → refused (400) and
 * audited. Already paid → 200 and nothing changes. Otherwise verify with the gateway, and only when
 * it confirms: paid, "payment received" e-mail and audit in one transaction. Two identical
 * notifications racing each other: the conditional UPDATE lets only one of them through. A payment
 * cancelled or superseded meanwhile is still credited — the money was taken — and when its
 * documents were paid otherwise it shows as an overpayment (audited with the amount over).
 */
export type NotificationMeta = { ip: string | null; userAgent: string | null };
export type NotificationAnswer = { status: 200 | 400 | 502; body: string };

const REFUSED: NotificationAnswer = { status: 400, body: "ERROR" };

/**
 * The endpoint is public (the signature is its authentication), so refusals are audited only up to
 * a limit per address: a flood of forged bodies cannot grow the log without end or bury real events.
 */
const refusalAuditRule = { name: "p24-refused", limit: 30, windowSeconds: 300 };

async function auditRefusal(db: Db, meta: NotificationMeta, event: Parameters<typeof audit>[1]): Promise<void> {
  if ((await hitAddressLimit(db, refusalAuditRule, meta.ip)).allowed) await audit(db, event);
}
const OK: NotificationAnswer = { status: 200, body: "OK" };

export async function handleNotification(db: Db, gateway: PaymentGateway, tenant: Tenant, body: unknown, meta: NotificationMeta): Promise<NotificationAnswer> {
  const base = { tenantId: tenant.id, actorKind: "gateway", actorId: gateway.name, ip: meta.ip, userAgent: meta.userAgent, targetKind: "online_payment" };
  const check = gateway.checkNotification(body);
  if (!check.ok) {
    await auditRefusal(db, meta, {
      ...base,
      action: "payment.notification_refused",
      targetId: null,
      details: { reason: check.reason, sessionId: check.sessionId ?? null },
    });
    return REFUSED;
  }
  const n = check.notification;
  const [payment] = await db
    .select()
    .from(onlinePayments)
    .where(and(eq(onlinePayments.tenantId, tenant.id), eq(onlinePayments.sessionId, n.sessionId), eq(onlinePayments.gateway, gateway.name)))
    .limit(1);
  const mismatch = !payment ? "unknown-session" : payment.amount !== n.amount ? "amount" : payment.currency !== n.currency ? "currency" : null;
  if (mismatch || !payment) {
    await auditRefusal(db, meta, {
      ...base,
      action: "payment.notification_refused",
      targetId: payment?.id ?? null,
      details: { reason: mismatch, sessionId: n.sessionId, amount: n.amount, currency: n.currency, expectedAmount: payment?.amount ?? null },
    });
    return REFUSED;
  }
  if (payment.status === "paid" || payment.status === "settled") return OK;

  let verified = false;
  try {
    verified = await gateway.verify(n);
  } catch {
    verified = false;
  }
  if (!verified) {
    // The payment stays pending; the gateway retries its notification, and we verify again then.
    await audit(db, { ...base, action: "payment.verify_failed", targetId: payment.id, details: { sessionId: n.sessionId, orderId: n.orderId } });
    return { status: 502, body: "VERIFY FAILED" };
  }
  await markPaid(db, tenant, payment, n, base);
  return OK;
}

async function markPaid(
  db: Db,
  tenant: Tenant,
  { id: paymentId, customerId, status: previousStatus }: OnlinePayment,
  n: GatewayNotification,
  base: { tenantId: string; actorKind: string; actorId: string; ip: string | null; userAgent: string | null; targetKind: string },
) {
  await db.transaction(async (tx) => {
    const at = now();
    // What was due before this payment counts: beyond it, the payment is an overpayment (a late
    // notification for a payment given up or superseded after its documents were paid otherwise).
    const dueBefore = await balanceOf({ db: tx, tenant, customerId }, warsawDate(at));
    const [paid] = await tx
      .update(onlinePayments)
      .set({ status: "paid", gatewayOrderId: n.orderId, verifiedAt: at, paidAt: at, updatedAt: at })
      .where(and(eq(onlinePayments.id, paymentId), eq(onlinePayments.tenantId, tenant.id), inArray(onlinePayments.status, ["pending", "cancelled", "failed"])))
      .returning();
    if (!paid) return; // a twin notification got here first
    await releaseHolds(tx, tenant.id, [paid.id]);
    const overpaid = Math.max(0, paid.amount - Math.max(dueBefore, 0));
    await audit(tx, {
      ...base,
      action: "payment.paid",
      targetId: paid.id,
      details: { sessionId: paid.sessionId, orderId: n.orderId, amount: paid.amount, previousStatus, overpaid },
    });
    // For the CRM (GET /api/export): book the transfer with reference = sessionId when it arrives.
    await tx.insert(exportEvents).values({
      tenantId: tenant.id,
      customerId: paid.customerId,
      type: "payment.paid_online",
      payload: {
        sessionId: paid.sessionId,
        orderId: n.orderId,
        amount: paid.amount,
        currency: paid.currency,
        invoiceIds: paid.invoiceIds,
        gateway: paid.gateway,
      },
      createdAt: at,
    });
    // The CRM may have booked the transfer before the notification came: then it is settled at once.
    await settleIfBooked(tx, tenant.id, paid.customerId, paid.sessionId);
    const [owner] = paid.accountId
      ? await tx
          .select({ email: accounts.email })
          .from(accounts)
          .where(and(eq(accounts.id, paid.accountId), eq(accounts.tenantId, tenant.id)))
          .limit(1)
      : [];
    if (!owner) return;
    const numbers =
      paid.invoiceIds.length === 0
        ? []
        : await tx
            .select({ number: invoices.number })
            .from(invoices)
            .where(and(eq(invoices.tenantId, tenant.id), eq(invoices.customerId, paid.customerId), inArray(invoices.id, paid.invoiceIds)));
    const path = moduleHref(tenant, "invoices") ?? moduleHref(tenant, "payments") ?? "/";
    // "Wpłata została zaksięgowana" is the customer's to turn off (docs/portal.md §13).
    await sendNotification(tx, {
      tenant,
      customerId: paid.customerId,
      event: "payment_booked",
      to: owner.email,
      template: { name: "payment-received", props: { amount: paid.amount, paidOn: warsawDate(at), invoiceNumbers: numbers.map((r) => r.number), path } },
    });
  });
}
