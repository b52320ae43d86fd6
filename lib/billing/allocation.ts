/**
 * Which documents are paid (docs/portal.md §4), as a plain function over one customer's rows: a customer's
 * documents fit in memory, so the page computes this once and filters/sorts/paginates the result.
 *
 * Rules: a payment naming a document goes to that document (what exceeds it joins the pool);
 * a correction with negative gross reduces the document it corrects (or joins the pool when it
 * names none); everything in the pool is allocated oldest-due-first to the documents still open.
 */
export type AllocDocument = {
  id: string;
  kind: "invoice" | "correction" | "interest_note";
  correctsId: string | null;
  issueDate: string;
  dueDate: string;
  gross: number;
};
export type AllocPayment = { id: string; invoiceId: string | null; amount: number };

export type DocumentStatus = "paid" | "unpaid" | "overdue";
export type Allocation = { status: DocumentStatus; remaining: number; paid: number };

export function allocate(documents: AllocDocument[], payments: AllocPayment[], today: string): Map<string, Allocation> {
  const remaining = new Map<string, number>();
  const charges = documents.filter((d) => d.gross > 0);
  for (const doc of charges) remaining.set(doc.id, doc.gross);
  let pool = 0;
  const applyTo = (id: string | null, amount: number) => {
    const open = id === null ? undefined : remaining.get(id);
    if (open === undefined) return amount;
    const used = Math.min(Math.max(open, 0), amount);
    remaining.set(id!, open - used);
    return amount - used;
  };
  for (const doc of documents) if (doc.gross < 0) pool += applyTo(doc.correctsId, -doc.gross);
  for (const payment of payments) pool += payment.amount > 0 ? applyTo(payment.invoiceId, payment.amount) : 0;
  const byDue = [...charges].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.issueDate.localeCompare(b.issueDate) || a.id.localeCompare(b.id));
  for (const doc of byDue) {
    if (pool <= 0) break;
    pool = applyTo(doc.id, pool);
  }
  const result = new Map<string, Allocation>();
  for (const doc of documents) {
    const left = doc.gross > 0 ? (remaining.get(doc.id) ?? 0) : 0;
    const status: DocumentStatus = left <= 0 ? "paid" : doc.dueDate < today ? "overdue" : "unpaid";
    result.set(doc.id, { status, remaining: Math.max(left, 0), paid: doc.gross > 0 ? doc.gross - Math.max(left, 0) : 0 });
  }
  return result;
}
