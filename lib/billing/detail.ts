import type { CustomerScope } from "@/lib/auth/customer-scope";
import { and, asc, desc, eq } from "drizzle-orm";
import { contracts, customers, invoiceLines, invoices, payments } from "@/db/schema";
import { customerDocuments } from "@/lib/billing/documents";
import { documentExtras } from "@/lib/billing/document-extras";

/**
 * One document of the customer, or null when the id is not the customer's in this tenant (the page
 * answers 404 then — S13, S14). Tenant and customer are in the WHERE clause of the first query,
 * and everything else is read only once that one found the document.
 */
export async function documentDetail(scope: CustomerScope, id: string, today: string) {
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  const [doc] = await db
    .select({ invoice: invoices, contractNumber: contracts.number })
    .from(invoices)
    .leftJoin(contracts, and(eq(contracts.tenantId, invoices.tenantId), eq(contracts.id, invoices.contractId)))
    .where(and(eq(invoices.tenantId, tenantId), eq(invoices.customerId, customerId), eq(invoices.id, id)))
    .limit(1);
  if (!doc) return null;
  const lines = await db
    .select()
    .from(invoiceLines)
    .where(and(eq(invoiceLines.tenantId, tenantId), eq(invoiceLines.invoiceId, id)))
    .orderBy(asc(invoiceLines.lineNo));
  const [corrected] = doc.invoice.correctsId
    ? await db
        .select({ id: invoices.id, number: invoices.number })
        .from(invoices)
        .where(and(eq(invoices.tenantId, tenantId), eq(invoices.customerId, customerId), eq(invoices.id, doc.invoice.correctsId)))
        .limit(1)
    : [];
  const paidBy = await db
    .select({ id: payments.id, date: payments.date, amount: payments.amount, method: payments.method })
    .from(payments)
    .where(and(eq(payments.tenantId, tenantId), eq(payments.customerId, customerId), eq(payments.invoiceId, id)))
    .orderBy(desc(payments.date), desc(payments.id));
  const allocation = (await customerDocuments(scope, today)).find((d) => d.id === id)!;
  const [payer] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId)))
    .limit(1);
  return {
    ...doc.invoice,
    ...(await documentExtras(db, doc.invoice, lines)),
    payer: payer!,
    contractNumber: doc.contractNumber,
    lines,
    corrected: corrected ?? null,
    payments: paidBy,
    status: allocation.status,
    remaining: allocation.remaining,
    paid: allocation.paid,
    online: allocation.online,
  };
}

export type DocumentDetail = NonNullable<Awaited<ReturnType<typeof documentDetail>>>;
