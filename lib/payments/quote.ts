import { assertRole, ROLES, type CustomerScope } from "@/lib/auth/customer-scope";
import type { OnlinePaymentItem } from "@/db/schema";
import { balanceOf } from "@/lib/billing/balance";
import { openDocuments } from "@/lib/billing/documents";

/**
 * What a payment is for and how much, always computed here from the customer's own documents
 * (tenant + customer scoped, only open ones, their outstanding amounts) — never from the form.
 */
export type Selection = { kind: "all" } | { kind: "documents"; ids: string[] };

export type QuoteLine = { invoiceId: string; number: string; dueDate: string; amount: number };
export type Quote = { ok: true; amount: number; lines: QuoteLine[] } | { ok: false; reason: "nothing-to-pay" };

export const MAX_DOCUMENTS = 100;

export async function quotePayment(scope: CustomerScope, selection: Selection, today: string): Promise<Quote> {
  assertRole(scope, ROLES.payments);
  const open = (await openDocuments(scope, today)).filter((d) => d.gross > 0 && d.remaining > 0);
  if (selection.kind === "documents") {
    const wanted = new Set(selection.ids.slice(0, MAX_DOCUMENTS));
    const lines = open.filter((d) => wanted.has(d.id)).map((d) => ({ invoiceId: d.id, number: d.number, dueDate: d.dueDate, amount: d.remaining }));
    const amount = lines.reduce((sum, l) => sum + l.amount, 0);
    return amount > 0 ? { ok: true, amount, lines } : { ok: false, reason: "nothing-to-pay" };
  }
  // The whole balance: what is due after every payment and overpayment, spread over the open
  // documents oldest-due-first (that is how the payment will be allocated until the CRM books it).
  const amount = await balanceOf(scope, today);
  if (amount <= 0) return { ok: false, reason: "nothing-to-pay" };
  const lines: QuoteLine[] = [];
  let left = amount;
  for (const d of open) {
    if (left <= 0) break;
    const part = Math.min(d.remaining, left);
    lines.push({ invoiceId: d.id, number: d.number, dueDate: d.dueDate, amount: part });
    left -= part;
  }
  return { ok: true, amount, lines };
}

export const quoteItems = (lines: QuoteLine[]): OnlinePaymentItem[] => lines.map((l) => ({ invoiceId: l.invoiceId, amount: l.amount }));
