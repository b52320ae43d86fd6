import { and, eq, lte, sql } from "drizzle-orm";
import { invoices, payments } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { processingTotal } from "@/lib/payments/records";

/**
 * The one balance of the product (SPEC §6): gross of the customer's invoices, corrections and
 * interest notes minus its payments, in grosze, as of a Warsaw calendar date (YYYY-MM-DD).
 * Positive: amount due; negative: overpayment. Tenant and customer are in every WHERE clause.
 * An online payment verified by the gateway but not yet booked by the CRM counts as paid; once the
 * import brings the booked payment it is settled and only the booked one counts (never both).
 */
export async function balanceOf(db: DbOrTx, tenantId: string, customerId: string, asOf: string): Promise<number> {
  const [charged] = await db
    .select({ total: sql<string>`coalesce(sum(${invoices.gross}), 0)` })
    .from(invoices)
    .where(and(eq(invoices.tenantId, tenantId), eq(invoices.customerId, customerId), lte(invoices.issueDate, asOf)));
  const [paid] = await db
    .select({ total: sql<string>`coalesce(sum(${payments.amount}), 0)` })
    .from(payments)
    .where(and(eq(payments.tenantId, tenantId), eq(payments.customerId, customerId), lte(payments.date, asOf)));
  const processing = await processingTotal(db, tenantId, customerId, asOf);
  return Number(charged?.total ?? 0) - Number(paid?.total ?? 0) - processing;
}

export type BalanceView = { kind: "due" | "overpaid" | "zero"; label: string; grosze: number };

/** How the balance is worded: always in words, never by colour alone. */
export function describeBalance(grosze: number): BalanceView {
  if (grosze > 0) return { kind: "due", label: "Do zapłaty:", grosze };
  if (grosze < 0) return { kind: "overpaid", label: "Nadpłata:", grosze: -grosze };
  return { kind: "zero", label: "Brak należności", grosze: 0 };
}
