import type { CustomerOf, CustomerScope } from "@/lib/auth/customer-scope";
import { and, eq, gt, inArray, or, sql, type SQL } from "drizzle-orm";
import { onlinePayments, type OnlinePaymentItem } from "@/db/schema";
import { addMinutes } from "@/lib/clock";

/**
 * Online payments as the balance and the documents see them (docs/decisions/0007-payments.md):
 * - "paid" (verified by the gateway, not yet booked by the CRM) counts as a payment;
 * - "pending" (registered, not paid) changes no amount and is only shown while it can still be paid;
 * - "settled" counts no more: the imported payment that booked it does.
 */

/** How long the customer has at the gateway (P24 timeLimit, minutes). */
export const PAYMENT_TIME_LIMIT_MINUTES = 15;
/** A pending payment is shown as in progress a little longer than the gateway lets it be paid. */
export const PENDING_SHOWN_MINUTES = PAYMENT_TIME_LIMIT_MINUTES + 5;

export type OnlineAllocation = { id: string; invoiceId: string | null; amount: number };

/**
 * What customerDocuments marks on the documents, in one statement: the verified, not yet booked
 * payments split over their documents (a remainder goes to the pool), and the invoice ids of payments
 * still in progress at the gateway (registered recently, not paid).
 */
export async function onlineMarks(scope: CustomerOf, at: Date): Promise<{ processing: OnlineAllocation[]; pending: Set<string> }> {
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  const rows = await db
    .select({
      id: onlinePayments.id,
      status: onlinePayments.status,
      amount: onlinePayments.amount,
      items: onlinePayments.items,
      invoiceIds: onlinePayments.invoiceIds,
    })
    .from(onlinePayments)
    .where(
      and(
        eq(onlinePayments.tenantId, tenantId),
        eq(onlinePayments.customerId, customerId),
        or(eq(onlinePayments.status, "paid"), pendingWhere(tenantId, customerId, at)),
      ),
    );
  return {
    processing: rows.filter((row) => row.status === "paid").flatMap((row) => splitPayment(row.id, row.amount, row.items)),
    pending: new Set(rows.filter((row) => row.status === "pending").flatMap((row) => row.invoiceIds)),
  };
}

export function splitPayment(id: string, amount: number, items: OnlinePaymentItem[]): OnlineAllocation[] {
  const parts: OnlineAllocation[] = [];
  let left = amount;
  for (const [i, item] of items.entries()) {
    const part = Math.min(item.amount, left);
    if (part <= 0) break;
    parts.push({ id: `online:${id}:${i}`, invoiceId: item.invoiceId, amount: part });
    left -= part;
  }
  if (left > 0) parts.push({ id: `online:${id}:rest`, invoiceId: null, amount: left });
  return parts;
}

const pendingWhere = (tenantId: string, customerId: string, at: Date) =>
  and(
    eq(onlinePayments.tenantId, tenantId),
    eq(onlinePayments.customerId, customerId),
    eq(onlinePayments.status, "pending"),
    gt(onlinePayments.createdAt, addMinutes(at, -PENDING_SHOWN_MINUTES)),
  );

/** The sum of verified, not booked payments made up to a Warsaw calendar date, as a scalar subquery (balanceOf). */
export const processingTotalSql = (tenantId: string, customerId: string, asOf: string) =>
  sql`select coalesce(sum(o.amount), 0) from online_payments o
    where o.tenant_id = ${tenantId} and o.customer_id = ${customerId} and o.status = 'paid'
      and (o.paid_at at time zone 'Europe/Warsaw')::date <= ${asOf}::date`;

export type OnlineSummary = { processing: number; pending: number };

/** What the balance tile says about online payments: in progress, and paid but not yet booked. */
export async function onlineSummary(scope: CustomerScope, at: Date): Promise<OnlineSummary> {
  const [row] = await onlineSummaryQuery(scope, at, {});
  return onlineSummaryOf(row);
}

/**
 * onlineSummary's statement, one row whatever the customer has (an aggregate without GROUP BY).
 * `also` adds columns to that row: Pulpit's glance (lib/dashboard/glance.ts) puts the balance and the
 * transfer account there as scalar subqueries, one round trip instead of three.
 */
export function onlineSummaryQuery<T extends Record<string, SQL>>(scope: CustomerScope, at: Date, also: T) {
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  const shownSince = addMinutes(at, -PENDING_SHOWN_MINUTES);
  return db
    .select({
      pending: sql<string>`coalesce(sum(${onlinePayments.amount}) filter (where ${onlinePayments.status} = 'pending' and ${onlinePayments.createdAt} > ${shownSince.toISOString()}::timestamptz), 0)`,
      processing: sql<string>`coalesce(sum(${onlinePayments.amount}) filter (where ${onlinePayments.status} = 'paid'), 0)`,
      ...also,
    })
    .from(onlinePayments)
    .where(and(eq(onlinePayments.tenantId, tenantId), eq(onlinePayments.customerId, customerId), inArray(onlinePayments.status, ["pending", "paid"])));
}

export const onlineSummaryOf = (row: { pending: string; processing: string } | undefined): OnlineSummary => ({
  processing: Number(row?.processing ?? 0),
  pending: Number(row?.pending ?? 0),
});
