import type { DbOrTx } from "@/db/client";
import { openDocuments } from "@/lib/billing/documents";

export type NextPayment = { id: string; number: string; remaining: number; dueDate: string; overdue: boolean; openCount: number };

/**
 * The Pulpit's "Najbliższa płatność": the open document with the earliest due date, computed by
 * lib/billing's allocation so the amount agrees with Faktury. Overdue documents have the earliest
 * due dates, so they come first. Null when nothing is left to pay.
 */
export async function nextPayment(db: DbOrTx, tenantId: string, customerId: string, today: string): Promise<NextPayment | null> {
  const open = await openDocuments(db, tenantId, customerId, today);
  const first = open[0];
  if (!first) return null;
  return { id: first.id, number: first.number, remaining: first.remaining, dueDate: first.dueDate, overdue: first.status === "overdue", openCount: open.length };
}
