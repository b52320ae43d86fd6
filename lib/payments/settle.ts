import { and, eq, inArray, sql } from "drizzle-orm";
import { onlinePayments, payments } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { now } from "@/lib/clock";
import { releaseHolds } from "@/lib/payments/holds";

/**
 * When the CRM books an online payment it sends a payment whose `reference` is our session id.
 * From then on only the booked payment counts: the online one is "settled" and points at it.
 * Both sides are matched on tenant and customer too, so a reference can never settle another
 * customer's payment. Runs inside the import's transaction (all or nothing with the import).
 */
const settleable = ["pending", "paid", "cancelled", "failed"] as const;

export async function settleImportedPayments(tx: DbOrTx, tenantId: string): Promise<number> {
  const rows = await tx
    .update(onlinePayments)
    .set({ status: "settled", settledByPaymentId: payments.id, updatedAt: now() })
    .from(payments)
    .where(
      and(
        eq(onlinePayments.tenantId, tenantId),
        inArray(onlinePayments.status, [...settleable]),
        eq(payments.tenantId, onlinePayments.tenantId),
        eq(payments.customerId, onlinePayments.customerId),
        eq(payments.reference, onlinePayments.sessionId),
      ),
    )
    .returning({ id: onlinePayments.id });
  await releaseHolds(
    tx,
    tenantId,
    rows.map((r) => r.id),
  );
  return rows.length;
}

/** The same for one payment just confirmed by the gateway (the booking may have come first). */
export async function settleIfBooked(tx: DbOrTx, tenantId: string, customerId: string, sessionId: string): Promise<void> {
  const [booked] = await tx
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.tenantId, tenantId), eq(payments.customerId, customerId), eq(payments.reference, sessionId)))
    .limit(1);
  if (!booked) return;
  await tx
    .update(onlinePayments)
    .set({ status: "settled", settledByPaymentId: booked.id, updatedAt: now() })
    .where(
      and(
        eq(onlinePayments.tenantId, tenantId),
        eq(onlinePayments.customerId, customerId),
        eq(onlinePayments.sessionId, sessionId),
        sql`${onlinePayments.status} <> 'settled'`,
      ),
    );
}
