import type { CustomerOf } from "@/lib/auth/customer-scope";
import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { consumption, contracts, customers, invoiceLines, invoices, points, type Customer, type Invoice, type InvoiceLine } from "@/db/schema";
import { documentExtras, type DocumentExtras } from "@/lib/billing/document-extras";
import { compareConsumption, shiftYears, type ConsumptionLine } from "./consumption";

export type InvoicePdfData = DocumentExtras & {
  invoice: Invoice;
  lines: InvoiceLine[];
  /** The invoice's customer: the payer (and the buyer too, unless `buyer` names the contract's customer). */
  payer: Customer;
  /** The number of the invoice a correction corrects, when it is the same customer's. */
  correctedNumber: string | null;
  /** Null when the invoice has no billing period (an interest note); else one entry per unit, maybe empty. */
  consumption: ConsumptionLine[] | null;
};

/** Whose invoice: a CustomerOf whose queries may also run in a transaction (a download's miss reads hash and data in one snapshot). */
export type PdfScope = Pick<CustomerOf, "tenant" | "customerId"> & { db: DbOrTx };

/**
 * Everything the invoice PDF prints. The invoice is looked up by tenant, id AND payer: a document of
 * another customer or seller is simply not found (S13, S14) — the caller answers 404.
 */
export async function loadInvoicePdfData(scope: PdfScope, invoiceId: string): Promise<InvoicePdfData | null> {
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  const [invoice] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.tenantId, tenantId), eq(invoices.customerId, customerId), eq(invoices.id, invoiceId)))
    .limit(1);
  if (!invoice) return null;
  // Only found invoices go on: the rest is read in two rounds of independent queries run at once
  // (the points and the consumption need the lines), each bound to the invoice's tenant and payer.
  const [[payer], lines, correctedNo] = await Promise.all([
    db
      .select()
      .from(customers)
      .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId)))
      .limit(1),
    db
      .select()
      .from(invoiceLines)
      .where(and(eq(invoiceLines.tenantId, tenantId), eq(invoiceLines.invoiceId, invoice.id)))
      .orderBy(asc(invoiceLines.lineNo)),
    correctedNumber(db, invoice),
  ]);
  if (!payer) return null;
  const [extras, consumptionLines] = await Promise.all([documentExtras(db, invoice, lines), consumptionOf(db, invoice, lines)]);
  return { invoice, lines, payer, ...extras, correctedNumber: correctedNo, consumption: consumptionLines };
}

async function correctedNumber(db: DbOrTx, invoice: Invoice): Promise<string | null> {
  if (!invoice.correctsId) return null;
  const [corrected] = await db
    .select({ number: invoices.number })
    .from(invoices)
    .where(and(eq(invoices.tenantId, invoice.tenantId), eq(invoices.customerId, invoice.customerId), eq(invoices.id, invoice.correctsId)))
    .limit(1);
  return corrected?.number ?? null;
}

/**
 * The points the invoice bills: those named on its lines, else all points of its contract — but only
 * points of a contract (same tenant) whose customer or payer is the invoice's customer. A line or an
 * invoice naming someone else's point must not print that point's consumption (S13).
 */
async function pointIdsOf(db: DbOrTx, invoice: Invoice, lines: InvoiceLine[]): Promise<string[]> {
  const named = [...new Set(lines.map((l) => l.pointId).filter((id): id is string => id !== null))];
  const billed = named.length > 0 ? inArray(points.id, named) : invoice.contractId ? eq(points.contractId, invoice.contractId) : null;
  if (!billed) return [];
  const rows = await db
    .select({ id: points.id })
    .from(points)
    .innerJoin(contracts, and(eq(contracts.tenantId, points.tenantId), eq(contracts.id, points.contractId)))
    .where(and(eq(points.tenantId, invoice.tenantId), or(eq(contracts.customerId, invoice.customerId), eq(contracts.payerId, invoice.customerId)), billed));
  return rows.map((r) => r.id);
}

/** The billed points' consumption in the invoice's period and a year earlier; bound to the invoice's tenant and payer. */
export async function consumptionOf(db: DbOrTx, invoice: Invoice, lines: InvoiceLine[]): Promise<ConsumptionLine[] | null> {
  if (!invoice.periodFrom || !invoice.periodTo) return null;
  const pointIds = await pointIdsOf(db, invoice, lines);
  if (pointIds.length === 0) return [];
  const rows = await db
    .select({ periodFrom: consumption.periodFrom, periodTo: consumption.periodTo, quantity: consumption.quantity, unit: consumption.unit })
    .from(consumption)
    .where(and(eq(consumption.tenantId, invoice.tenantId), inArray(consumption.pointId, pointIds)));
  // Only the two windows matter; filtering in SQL would need the same date arithmetic twice.
  const lastFrom = shiftYears(invoice.periodFrom, -1);
  return compareConsumption(
    rows.filter((r) => r.periodFrom >= lastFrom),
    invoice.periodFrom,
    invoice.periodTo,
  );
}
