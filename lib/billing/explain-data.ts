import type { CustomerOf } from "@/lib/auth/customer-scope";
import { customerDocuments, type CustomerDocument } from "@/lib/billing/documents";
import { explainDocument } from "@/lib/billing/explain";
import { loadInvoicePdfData, type InvoicePdfData } from "@/lib/pdf/invoice-data";

/**
 * "Skąd ta kwota?" for one document of the customer (docs/portal.md §15), or null when the id is not
 * the customer's in this tenant (S13). It reads what the PDF prints (lines, points, the late
 * invoice, consumption against a year earlier) and the allocation (what is paid, what is left on the
 * document and on the invoice a correction corrects), then explains it with the pure function —
 * the document page and the e-mail about a new document both call this, so they say the same.
 * `scope` needs no signed-in account: `{ db, tenant, customerId }` is enough for the e-mail.
 */
export async function documentExplanation(scope: CustomerOf, documentId: string, today: string): Promise<string[] | null> {
  const data = await loadInvoicePdfData(scope, documentId);
  if (!data) return null;
  return explainLoaded(data, await customerDocuments(scope, today), today);
}

/**
 * The explanation of a document already loaded with its customer's documents (their allocation): the
 * document page has both for its own use and explains from them without reading them again.
 */
export function explainLoaded(data: InvoicePdfData, documents: CustomerDocument[], today: string): string[] {
  const { invoice } = data;
  // The customer's own documents only: a correction of someone else's invoice finds nothing here.
  const own = documents.find((d) => d.id === invoice.id);
  const corrected = invoice.correctsId ? documents.find((d) => d.id === invoice.correctsId) : undefined;
  return explainDocument({
    kind: invoice.kind,
    dueDate: invoice.dueDate,
    periodFrom: invoice.periodFrom,
    periodTo: invoice.periodTo,
    gross: invoice.gross,
    lines: data.lines,
    points: data.points,
    correctionReason: invoice.correctionReason,
    corrected: corrected ? { number: corrected.number, remaining: corrected.remaining, dueDate: corrected.dueDate } : null,
    interest: { daysLate: invoice.interestDaysLate, ratePercent: invoice.interestRatePercent, invoice: data.interestInvoice },
    consumption: data.consumption,
    paid: own?.paid ?? 0,
    remaining: own?.remaining ?? 0,
    today,
  });
}
