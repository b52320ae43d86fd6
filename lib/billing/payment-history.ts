import type { CustomerScope } from "@/lib/auth/customer-scope";
import { and, count, desc, eq } from "drizzle-orm";
import { invoices, payments } from "@/db/schema";
import { PAGE_SIZE } from "@/lib/billing/list-query";

/**
 * The customer's payments, newest first, one page at a time in SQL (payments_customer_date_idx).
 * The paid document's number is joined only when it is the same customer's document.
 */
export async function paymentHistory(scope: CustomerScope, requestedPage: number) {
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  const mine = and(eq(payments.tenantId, tenantId), eq(payments.customerId, customerId));
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(payments).where(mine);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pages);
  const rows = await db
    .select({ id: payments.id, date: payments.date, amount: payments.amount, method: payments.method, invoiceId: invoices.id, invoiceNumber: invoices.number })
    .from(payments)
    .leftJoin(invoices, and(eq(invoices.tenantId, payments.tenantId), eq(invoices.id, payments.invoiceId), eq(invoices.customerId, customerId)))
    .where(mine)
    .orderBy(desc(payments.date), desc(payments.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  return { rows, total, page, pages };
}

export type PaymentRow = Awaited<ReturnType<typeof paymentHistory>>["rows"][number];
