import type { CustomerOf, CustomerScope } from "@/lib/auth/customer-scope";
import { and, asc, eq } from "drizzle-orm";
import { contracts, invoices, payments } from "@/db/schema";
import { allocate, type Allocation } from "@/lib/billing/allocation";
import { PAGE_SIZE, type ListQuery } from "@/lib/billing/list-query";
import { now } from "@/lib/clock";
import { onlineMarks } from "@/lib/payments/records";

/** An online payment touching the document: verified but not booked yet, or still at the gateway. */
export type OnlineMark = "processing" | "pending" | null;

/**
 * One customer's documents with their allocation. The customer's rows are read once (two indexed
 * queries) and the statuses computed in memory: they depend on every older document and payment,
 * so they cannot be computed for one page alone. Verified online payments not yet booked by the CRM
 * are allocated like payments naming their documents (lib/payments/records.ts).
 */
export async function customerDocuments(scope: CustomerOf, today: string) {
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  // Three independent reads, sent together (one wait instead of three on a pooled connection).
  const [docs, paid, { processing, pending }] = await Promise.all([
    db
      .select({
        id: invoices.id,
        number: invoices.number,
        kind: invoices.kind,
        correctsId: invoices.correctsId,
        issueDate: invoices.issueDate,
        dueDate: invoices.dueDate,
        gross: invoices.gross,
        contractId: invoices.contractId,
        contractNumber: contracts.number,
      })
      .from(invoices)
      .leftJoin(contracts, and(eq(contracts.tenantId, invoices.tenantId), eq(contracts.id, invoices.contractId)))
      .where(and(eq(invoices.tenantId, tenantId), eq(invoices.customerId, customerId))),
    db
      .select({ id: payments.id, invoiceId: payments.invoiceId, amount: payments.amount })
      .from(payments)
      .where(and(eq(payments.tenantId, tenantId), eq(payments.customerId, customerId)))
      .orderBy(asc(payments.date), asc(payments.id)),
    onlineMarks(scope, now()),
  ]);
  const allocation = allocate(docs, [...paid, ...processing], today);
  const processed = new Set(processing.map((p) => p.invoiceId));
  return docs.map((doc) => {
    const state = allocation.get(doc.id) as Allocation;
    const online: OnlineMark = processed.has(doc.id) ? "processing" : pending.has(doc.id) && state.remaining > 0 ? "pending" : null;
    return { ...doc, ...state, online };
  });
}

export type CustomerDocument = Awaited<ReturnType<typeof customerDocuments>>[number];

const sortValue = { issue: (d: CustomerDocument) => d.issueDate, due: (d: CustomerDocument) => d.dueDate, amount: (d: CustomerDocument) => d.gross };

function compare(a: CustomerDocument, b: CustomerDocument, query: ListQuery): number {
  const va = sortValue[query.sort](a);
  const vb = sortValue[query.sort](b);
  const primary = typeof va === "number" ? va - (vb as number) : va.localeCompare(vb as string);
  const result = primary || a.issueDate.localeCompare(b.issueDate) || a.number.localeCompare(b.number);
  return query.dir === "asc" ? result : -result;
}

/** The page of documents `query` asks for, the total after filtering, and the contracts to filter by. */
export async function listDocuments(scope: CustomerScope, query: ListQuery, today: string) {
  const all = await customerDocuments(scope, today);
  const matching = all.filter(
    (d) =>
      (!query.kind || d.kind === query.kind) &&
      (!query.status || (d.status === query.status && d.gross > 0)) &&
      (!query.from || d.issueDate >= query.from) &&
      (!query.to || d.issueDate <= query.to) &&
      (!query.contract || d.contractId === query.contract),
  );
  matching.sort((a, b) => compare(a, b, query));
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const contractOptions = new Map<string, string>();
  for (const d of all) if (d.contractId && d.contractNumber) contractOptions.set(d.contractId, d.contractNumber);
  return {
    rows: matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    total: matching.length,
    page,
    pages,
    contracts: [...contractOptions].map(([id, number]) => ({ id, number })).sort((a, b) => a.number.localeCompare(b.number)),
    hasAny: all.length > 0,
  };
}

/** The documents still to pay, oldest due first (MPEC's Płatności). */
export async function openDocuments(scope: CustomerScope, today: string) {
  const all = await customerDocuments(scope, today);
  return all.filter((d) => d.remaining > 0).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number));
}
