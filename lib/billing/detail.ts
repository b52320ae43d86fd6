import type { CustomerScope } from "@/lib/auth/customer-scope";
import { and, desc, eq } from "drizzle-orm";
import { contracts, payments } from "@/db/schema";
import { customerDocuments } from "@/lib/billing/documents";
import { explainLoaded } from "@/lib/billing/explain-data";
import { loadInvoicePdfData } from "@/lib/pdf/invoice-data";

/**
 * One document of the customer, or null when the id is not the customer's in this tenant (the page
 * answers 404 then — S13, S14). The document is read as its PDF reads it (loadInvoicePdfData: tenant
 * and payer in the WHERE clause of the first query, everything else only once that one found it);
 * the contract's number, the payments and the allocation are added, and "Skąd ta kwota?" is
 * explained from what is loaded here, not read a second time (docs/portal.md §15).
 */
export async function documentDetail(scope: CustomerScope, id: string, today: string) {
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  const data = await loadInvoicePdfData(scope, id);
  if (!data) return null;
  const { invoice } = data;
  const [contract, paidBy, documents] = await Promise.all([
    invoice.contractId
      ? db
          .select({ number: contracts.number })
          .from(contracts)
          .where(and(eq(contracts.tenantId, tenantId), eq(contracts.id, invoice.contractId)))
          .limit(1)
          .then((rows) => rows[0])
      : undefined,
    db
      .select({ id: payments.id, date: payments.date, amount: payments.amount, method: payments.method })
      .from(payments)
      .where(and(eq(payments.tenantId, tenantId), eq(payments.customerId, customerId), eq(payments.invoiceId, invoice.id)))
      .orderBy(desc(payments.date), desc(payments.id)),
    customerDocuments(scope, today),
  ]);
  const allocation = documents.find((d) => d.id === invoice.id)!;
  return {
    ...invoice,
    points: data.points,
    buyer: data.buyer,
    interestInvoice: data.interestInvoice,
    payer: data.payer,
    contractNumber: contract?.number ?? null,
    lines: data.lines,
    corrected: invoice.correctsId && data.correctedNumber ? { id: invoice.correctsId, number: data.correctedNumber } : null,
    payments: paidBy,
    status: allocation.status,
    remaining: allocation.remaining,
    paid: allocation.paid,
    online: allocation.online,
    explanation: explainLoaded(data, documents, today),
  };
}

export type DocumentDetail = NonNullable<Awaited<ReturnType<typeof documentDetail>>>;
