import { and, eq, inArray, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { contracts, customers, invoices, points, type Customer, type Invoice, type InvoiceLine } from "@/db/schema";
import type { LinePoint } from "@/lib/billing/invoice-details";

/**
 * What the document page and the PDF add to an invoice: the points its lines name, the buyer (the
 * contract's customer, when someone else pays) and the late invoice an interest note charges for.
 * Every query is bound to the invoice's tenant AND its payer: a line or note naming someone else's
 * point or invoice prints nothing of it (S13, docs/security.md).
 */
export type DocumentExtras = {
  points: Map<string, LinePoint>;
  /** The contract's customer when the invoice's payer is someone else; null when they are the same. */
  buyer: Customer | null;
  /** The late invoice an interest note charges for, when it is the same customer's. */
  interestInvoice: { id: string; number: string; gross: number; dueDate: string } | null;
};

export async function documentExtras(db: DbOrTx, invoice: Invoice, lines: Pick<InvoiceLine, "pointId">[]): Promise<DocumentExtras> {
  const [pointRows, buyer, interestInvoice] = await Promise.all([linePoints(db, invoice, lines), contractBuyer(db, invoice), lateInvoice(db, invoice)]);
  return { points: new Map(pointRows.map((p) => [p.id, p])), buyer, interestInvoice };
}

async function linePoints(db: DbOrTx, invoice: Invoice, lines: Pick<InvoiceLine, "pointId">[]): Promise<LinePoint[]> {
  const named = [...new Set(lines.map((l) => l.pointId).filter((id): id is string => id !== null))];
  if (named.length === 0) return [];
  return db
    .select({ id: points.id, code: points.code, address: points.address, meterNumber: points.meterNumber, tariff: points.tariff })
    .from(points)
    .innerJoin(contracts, and(eq(contracts.tenantId, points.tenantId), eq(contracts.id, points.contractId)))
    .where(
      and(
        eq(points.tenantId, invoice.tenantId),
        inArray(points.id, named),
        or(eq(contracts.customerId, invoice.customerId), eq(contracts.payerId, invoice.customerId)),
      ),
    );
}

async function contractBuyer(db: DbOrTx, invoice: Invoice): Promise<Customer | null> {
  if (!invoice.contractId) return null;
  const [row] = await db
    .select({ buyer: customers })
    .from(contracts)
    .innerJoin(customers, and(eq(customers.tenantId, contracts.tenantId), eq(customers.id, contracts.customerId)))
    .where(and(eq(contracts.tenantId, invoice.tenantId), eq(contracts.id, invoice.contractId), eq(contracts.payerId, invoice.customerId)))
    .limit(1);
  return row && row.buyer.id !== invoice.customerId ? row.buyer : null;
}

async function lateInvoice(db: DbOrTx, invoice: Invoice): Promise<DocumentExtras["interestInvoice"]> {
  if (!invoice.interestInvoiceId) return null;
  const [row] = await db
    .select({ id: invoices.id, number: invoices.number, gross: invoices.gross, dueDate: invoices.dueDate })
    .from(invoices)
    .where(and(eq(invoices.tenantId, invoice.tenantId), eq(invoices.customerId, invoice.customerId), eq(invoices.id, invoice.interestInvoiceId)))
    .limit(1);
  return row ?? null;
}
