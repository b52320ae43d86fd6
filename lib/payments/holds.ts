import type { CustomerScope } from "@/lib/auth/customer-scope";
import { and, eq, inArray } from "drizzle-orm";
import { onlinePaymentHolds } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

/**
 * A live payment holds its documents (db/schema/online-payments.ts): one row per document, one live
 * payment per document. Whatever ends a payment — paid, cancelled, superseded, failed, settled —
 * releases them in the same transaction, so the documents are payable again at once.
 */
export async function releaseHolds(db: DbOrTx, tenantId: string, paymentIds: string[]): Promise<void> {
  if (paymentIds.length === 0) return;
  await db.delete(onlinePaymentHolds).where(and(eq(onlinePaymentHolds.tenantId, tenantId), inArray(onlinePaymentHolds.paymentId, paymentIds)));
}

/** The live payments holding any of these documents of the customer. */
export async function holdersOf(scope: CustomerScope, invoiceIds: string[]): Promise<string[]> {
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  if (invoiceIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ paymentId: onlinePaymentHolds.paymentId })
    .from(onlinePaymentHolds)
    .where(and(eq(onlinePaymentHolds.tenantId, tenantId), eq(onlinePaymentHolds.customerId, customerId), inArray(onlinePaymentHolds.invoiceId, invoiceIds)));
  return rows.map((r) => r.paymentId);
}
