import { randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { onlinePayments, type OnlinePayment } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import type { Tenant } from "@/lib/tenant/schema";
import { GatewayError, type GatewayStatus, type PaymentGateway } from "@/lib/payments/gateway";
import { quoteItems, quotePayment, type Selection } from "@/lib/payments/quote";
import { PAYMENT_TIME_LIMIT_MINUTES } from "@/lib/payments/records";

/** Starting a payment, and what the return page shows (docs/decisions/0007-payments.md). */

export type StartInput = {
  tenant: Tenant;
  customerId: string;
  accountId: string;
  email: string;
  selection: Selection;
  /** The amount the customer saw on the confirmation page: if it changed since, they confirm again. */
  confirmedAmount: number;
  /** This host's origin (checked same-origin by the action wrapper): the gateway's return and status URLs. */
  origin: string;
  today: string;
  ip: string | null;
  userAgent: string | null;
};

export type StartResult = { ok: true; paymentId: string; redirectUrl: string } | { ok: false; reason: "nothing-to-pay" | "amount-changed" | "gateway" };

/** 32 characters from 192 random bits: unguessable, and short enough for a transfer's reference. */
export const newSessionId = () => randomBytes(24).toString("base64url");

export const returnPath = (paymentId: string) => `/platnosci/status/${encodeURIComponent(paymentId)}`;
export const notificationPath = (gateway: PaymentGateway) => `/api/platnosci/${gateway.name}`;

export async function startPayment(db: DbOrTx, gateway: PaymentGateway, input: StartInput): Promise<StartResult> {
  const quote = await quotePayment(db, input.tenant.id, input.customerId, input.selection, input.today);
  if (!quote.ok) return { ok: false, reason: quote.reason };
  if (quote.amount !== input.confirmedAmount) return { ok: false, reason: "amount-changed" };
  const sessionId = newSessionId();
  const [row] = await db
    .insert(onlinePayments)
    .values({
      tenantId: input.tenant.id,
      customerId: input.customerId,
      accountId: input.accountId,
      sessionId,
      amount: quote.amount,
      currency: "PLN",
      invoiceIds: quote.lines.map((l) => l.invoiceId),
      items: quoteItems(quote.lines),
      gateway: gateway.name,
    })
    .returning({ id: onlinePayments.id });
  const paymentId = row!.id;
  const actor = { tenantId: input.tenant.id, actorKind: "customer", actorId: input.accountId, ip: input.ip, userAgent: input.userAgent, targetKind: "online_payment", targetId: paymentId };
  const numbers = quote.lines.map((l) => l.number);
  const description = (input.selection.kind === "all" ? `Saldo — ${numbers.join(", ")}` : `Płatność za ${numbers.join(", ")}`).slice(0, 1000);
  try {
    const { token } = await gateway.register({
      sessionId,
      amount: quote.amount,
      currency: "PLN",
      description,
      email: input.email,
      urlReturn: input.origin + returnPath(paymentId),
      urlStatus: input.origin + notificationPath(gateway),
      timeLimitMinutes: PAYMENT_TIME_LIMIT_MINUTES,
    });
    await db.update(onlinePayments).set({ gatewayToken: token, updatedAt: now() }).where(eq(onlinePayments.id, paymentId));
    await audit(db, { ...actor, action: "payment.started", details: { gateway: gateway.name, amount: quote.amount, documents: quote.lines.length } });
    return { ok: true, paymentId, redirectUrl: gateway.redirectUrl(token) };
  } catch (error) {
    if (!(error instanceof GatewayError)) throw error;
    await db.update(onlinePayments).set({ status: "failed", updatedAt: now() }).where(eq(onlinePayments.id, paymentId));
    await audit(db, { ...actor, action: "payment.register_failed", details: { gateway: gateway.name, httpStatus: error.httpStatus ?? null } });
    return { ok: false, reason: "gateway" };
  }
}

/** The customer's own payment, or null (another customer's or tenant's id is a 404 — S13, S14). */
export async function customerPayment(db: DbOrTx, tenantId: string, customerId: string, paymentId: string): Promise<OnlinePayment | null> {
  if (!/^[0-9a-f-]{36}$/i.test(paymentId)) return null;
  const [row] = await db
    .select()
    .from(onlinePayments)
    .where(and(eq(onlinePayments.tenantId, tenantId), eq(onlinePayments.customerId, customerId), eq(onlinePayments.id, paymentId)))
    .limit(1);
  return row ?? null;
}

/** The gateway's view while we wait for its notification; "unknown" when it cannot be asked. */
export async function gatewayStatusOf(gateway: PaymentGateway | null, payment: OnlinePayment): Promise<GatewayStatus> {
  if (!gateway || payment.status !== "pending" || payment.gateway !== gateway.name) return "unknown";
  try {
    return await gateway.statusBySession(payment.sessionId);
  } catch {
    return "unknown";
  }
}

/**
 * The customer gives up a payment still pending (e.g. after "Anuluj" at the gateway). Conditional:
 * a payment the gateway has meanwhile confirmed stays paid. A notification arriving later for a
 * cancelled payment is still credited (the money was taken).
 */
export async function cancelPayment(db: DbOrTx, ctx: { tenantId: string; customerId: string; accountId: string; ip: string | null; userAgent: string | null }, paymentId: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(paymentId)) return false;
  const rows = await db
    .update(onlinePayments)
    .set({ status: "cancelled", updatedAt: now() })
    .where(and(eq(onlinePayments.tenantId, ctx.tenantId), eq(onlinePayments.customerId, ctx.customerId), eq(onlinePayments.id, paymentId), inArray(onlinePayments.status, ["pending"])))
    .returning({ id: onlinePayments.id });
  if (rows.length === 0) return false;
  await audit(db, { tenantId: ctx.tenantId, actorKind: "customer", actorId: ctx.accountId, ip: ctx.ip, userAgent: ctx.userAgent, action: "payment.cancelled", targetKind: "online_payment", targetId: paymentId });
  return true;
}
