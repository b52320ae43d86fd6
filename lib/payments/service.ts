import { randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { onlinePaymentHolds, onlinePayments, type OnlinePayment, type OnlinePaymentItem } from "@/db/schema";
import { assertRole, ROLES, type CustomerScope } from "@/lib/auth/customer-scope";
import type { RequestMeta } from "@/lib/request/meta";
import { auditCustomer } from "@/lib/audit";
import { addMinutes, now } from "@/lib/clock";
import { GatewayError, type GatewayStatus, type PaymentGateway } from "@/lib/payments/gateway";
import { quoteItems, quotePayment, type Selection } from "@/lib/payments/quote";
import { holdersOf, releaseHolds } from "@/lib/payments/holds";
import { PAYMENT_TIME_LIMIT_MINUTES } from "@/lib/payments/records";

/** Starting a payment, and what the return page shows (docs/decisions/0007-payments.md). */

export type StartInput = {
  email: string;
  selection: Selection;
  /** The amount the customer saw on the confirmation page: if it changed since, they confirm again. */
  confirmedAmount: number;
  /** This host's origin (checked same-origin by the action wrapper): the gateway's return and status URLs. */
  origin: string;
  today: string;
};

export type StartResult =
  | { ok: true; paymentId: string; resumed: boolean }
  | { ok: false; reason: "nothing-to-pay" | "amount-changed" | "gateway" | "busy" }
  /** A payment for these documents is paid at the gateway and its notification is on the way. */
  | { ok: false; reason: "awaiting-confirmation"; paymentId: string };

export type EndReason = "customer" | "returned" | "superseded";

/** 32 characters from 192 random bits: unguessable, and short enough for a transfer's reference. */
export const newSessionId = () => randomBytes(24).toString("base64url");

/** The status page; the gateway sends the customer back through gatewayReturnPath, which ends here. */
export const returnPath = (paymentId: string) => `/platnosci/status/${encodeURIComponent(paymentId)}`;
export const gatewayReturnPath = (paymentId: string) => `/platnosci/powrot/${encodeURIComponent(paymentId)}`;
export const notificationPath = (gateway: PaymentGateway) => `/api/platnosci/${gateway.name}`;

/** A live payment is resumed only while the customer still has time at the gateway. */
export const RESUMABLE_MINUTES = PAYMENT_TIME_LIMIT_MINUTES - 3;
/** A payment row this old without a gateway token lost its registration (the request died). */
export const REGISTERING_MINUTES = 1;
/** Claims after superseding: another request may take the documents in between, then give up. */
const CLAIM_ATTEMPTS = 3;

class HeldElsewhere extends Error {}

/**
 * "Przejdź do płatności". One live payment per document (docs/decisions/0007-payments.md): the
 * new payment's row and its documents' holds are written in one transaction, and a document already
 * held makes the whole claim roll back — two tabs or two simultaneous requests cannot both get it.
 * Then the payment holding the documents decides: paid at the gateway → the customer waits for its
 * confirmation; the same documents and amounts, still open → the same gateway session again;
 * anything else → it gives way (cancelled, superseded) and the claim is tried again.
 */
export async function startPayment(scope: CustomerScope, request: RequestMeta, gateway: PaymentGateway, input: StartInput): Promise<StartResult> {
  assertRole(scope, ROLES.payments);
  const quote = await quotePayment(scope, input.selection, input.today);
  if (!quote.ok) return { ok: false, reason: quote.reason };
  if (quote.amount !== input.confirmedAmount) return { ok: false, reason: "amount-changed" };
  const items = quoteItems(quote.lines);
  for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
    const claimed = await claim(scope, gateway, quote.amount, items);
    if (claimed) return register(scope, request, gateway, input, claimed, quote);
    const decided = await settleHolders(scope, request, gateway, items);
    if (decided) return decided;
  }
  return { ok: false, reason: "busy" };
}

async function claim(
  scope: CustomerScope,
  gateway: PaymentGateway,
  amount: number,
  items: OnlinePaymentItem[],
): Promise<{ paymentId: string; sessionId: string } | null> {
  const { db } = scope;
  const sessionId = newSessionId();
  // Sorted: two claims over overlapping documents take their rows in one order (no deadlock).
  const held = [...new Set(items.map((i) => i.invoiceId))].sort();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(onlinePayments)
        .values({
          tenantId: scope.tenant.id,
          customerId: scope.customerId,
          accountId: scope.accountId,
          sessionId,
          amount,
          currency: "PLN",
          invoiceIds: items.map((i) => i.invoiceId),
          items,
          gateway: gateway.name,
        })
        .returning({ id: onlinePayments.id });
      if (held.length > 0) {
        const taken = await tx
          .insert(onlinePaymentHolds)
          .values(held.map((invoiceId) => ({ tenantId: scope.tenant.id, invoiceId, customerId: scope.customerId, paymentId: row!.id })))
          .onConflictDoNothing()
          .returning({ invoiceId: onlinePaymentHolds.invoiceId });
        if (taken.length < held.length) throw new HeldElsewhere();
      }
      return { paymentId: row!.id, sessionId };
    });
  } catch (error) {
    if (error instanceof HeldElsewhere) return null;
    throw error;
  }
}

const sameItems = (a: OnlinePaymentItem[], b: OnlinePaymentItem[]) => {
  const key = (items: OnlinePaymentItem[]) => JSON.stringify(items.map((i) => [i.invoiceId, i.amount]).sort());
  return key(a) === key(b);
};

/** What to do with the live payments holding the documents; null when the claim should be tried again. */
async function settleHolders(scope: CustomerScope, request: RequestMeta, gateway: PaymentGateway, items: OnlinePaymentItem[]): Promise<StartResult | null> {
  const { db } = scope;
  const ids = await holdersOf(
    scope,
    items.map((i) => i.invoiceId),
  );
  if (ids.length === 0) return null; // released meanwhile
  const holders = await db
    .select()
    .from(onlinePayments)
    .where(and(eq(onlinePayments.tenantId, scope.tenant.id), eq(onlinePayments.customerId, scope.customerId), inArray(onlinePayments.id, ids)));
  const at = now();
  const statuses = new Map<string, GatewayStatus>();
  for (const holder of holders) {
    const atGateway = holder.gatewayToken ? await gatewayStatusOf(gateway, holder) : "unknown";
    // Paid there, the notification not here yet: a second payment would take the money twice.
    if (atGateway === "advance" || atGateway === "completed") return { ok: false, reason: "awaiting-confirmation", paymentId: holder.id };
    statuses.set(holder.id, atGateway);
  }
  const [only] = holders;
  if (holders.length === 1 && only && only.status === "pending" && only.gateway === gateway.name && sameItems(only.items, items)) {
    const registering = !only.gatewayToken && only.createdAt > addMinutes(at, -REGISTERING_MINUTES);
    const open = !!only.gatewayToken && only.createdAt > addMinutes(at, -RESUMABLE_MINUTES) && statuses.get(only.id) !== "returned"; // refunded there
    if (registering || open) {
      await auditCustomer(scope, request, { ...paymentTarget(only.id), action: "payment.resumed", details: { gateway: gateway.name } });
      return { ok: true, paymentId: only.id, resumed: true };
    }
  }
  // The gateway's protocol cannot cancel a registered transaction: ours is cancelled, and should
  // the customer still pay the old one, its notification is credited (lib/payments/notification.ts).
  for (const holder of holders) {
    if (holder.status === "pending") await endPayment(scope, request, holder.id, "superseded");
    else await releaseHolds(db, scope.tenant.id, [holder.id]); // ended without releasing: never by this code
  }
  return null;
}

async function register(
  scope: CustomerScope,
  request: RequestMeta,
  gateway: PaymentGateway,
  input: StartInput,
  claimed: { paymentId: string; sessionId: string },
  quote: { amount: number; lines: { number: string }[] },
): Promise<StartResult> {
  const { db } = scope;
  const { paymentId, sessionId } = claimed;
  const base = paymentTarget(paymentId);
  const numbers = quote.lines.map((l) => l.number);
  const description = (input.selection.kind === "all" ? `Saldo — ${numbers.join(", ")}` : `Płatność za ${numbers.join(", ")}`).slice(0, 1000);
  try {
    const { token } = await gateway.register({
      sessionId,
      amount: quote.amount,
      currency: "PLN",
      description,
      email: input.email,
      urlReturn: input.origin + gatewayReturnPath(paymentId),
      urlStatus: input.origin + notificationPath(gateway),
      timeLimitMinutes: PAYMENT_TIME_LIMIT_MINUTES,
    });
    await db.update(onlinePayments).set({ gatewayToken: token, updatedAt: now() }).where(eq(onlinePayments.id, paymentId));
    await auditCustomer(scope, request, {
      ...base,
      action: "payment.started",
      details: { gateway: gateway.name, amount: quote.amount, documents: quote.lines.length },
    });
    return { ok: true, paymentId, resumed: false };
  } catch (error) {
    if (!(error instanceof GatewayError)) throw error;
    await db.transaction(async (tx) => {
      await tx
        .update(onlinePayments)
        .set({ status: "failed", updatedAt: now() })
        .where(and(eq(onlinePayments.id, paymentId), eq(onlinePayments.status, "pending")));
      await releaseHolds(tx, scope.tenant.id, [paymentId]);
    });
    await auditCustomer(scope, request, {
      ...base,
      action: "payment.register_failed",
      details: { gateway: gateway.name, httpStatus: error.httpStatus ?? null },
    });
    return { ok: false, reason: "gateway" };
  }
}

const paymentTarget = (paymentId: string) => ({ targetKind: "online_payment", targetId: paymentId });

/** The customer's own payment, or null (another customer's or tenant's id is a 404 — S13, S14). */
export async function customerPayment(scope: CustomerScope, paymentId: string): Promise<OnlinePayment | null> {
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
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
 * Ends a payment still pending, and releases its documents: the customer gave it up ("Zrezygnuj"),
 * came back from the gateway without paying, or started another payment for its documents.
 * Conditional: a payment the gateway has meanwhile confirmed stays paid. A notification arriving
 * later for a cancelled payment is still credited (the money was taken).
 */
export async function endPayment(scope: CustomerScope, request: RequestMeta, paymentId: string, reason: EndReason): Promise<boolean> {
  assertRole(scope, ROLES.payments);
  if (!/^[0-9a-f-]{36}$/i.test(paymentId)) return false;
  return scope.db.transaction(async (tx) => {
    const rows = await tx
      .update(onlinePayments)
      .set({ status: "cancelled", updatedAt: now() })
      .where(
        and(
          eq(onlinePayments.tenantId, scope.tenant.id),
          eq(onlinePayments.customerId, scope.customerId),
          eq(onlinePayments.id, paymentId),
          eq(onlinePayments.status, "pending"),
        ),
      )
      .returning({ id: onlinePayments.id });
    if (rows.length === 0) return false;
    await releaseHolds(tx, scope.tenant.id, [paymentId]);
    await auditCustomer({ ...scope, db: tx }, request, { ...paymentTarget(paymentId), action: "payment.cancelled", details: { reason } });
    return true;
  });
}

/** "Zrezygnuj z płatności" on the status page. */
export const cancelPayment = (scope: CustomerScope, request: RequestMeta, paymentId: string) => endPayment(scope, request, paymentId, "customer");

/**
 * The customer's browser is back from the gateway (urlReturn), after paying or not. When the gateway
 * has no payment for the session — "Anuluj" or a failure there — the payment ends at once, so the
 * status page already says so and the documents are payable again. The one GET that changes
 * something, like an OAuth redirect: only the customer's own payment, named by its unguessable id,
 * and only what the gateway itself reports as not paid (docs/decisions/0007-payments.md).
 */
export async function returnFromGateway(scope: CustomerScope, request: RequestMeta, gateway: PaymentGateway, paymentId: string): Promise<OnlinePayment | null> {
  assertRole(scope, ROLES.payments);
  const payment = await customerPayment(scope, paymentId);
  if (!payment || payment.status !== "pending" || !payment.gatewayToken) return payment;
  if ((await gatewayStatusOf(gateway, payment)) !== "none") return payment;
  await endPayment(scope, request, payment.id, "returned");
  return customerPayment(scope, paymentId);
}
