import type { CustomerOf } from "@/lib/auth/customer-scope";
import { and, eq, lte, sql } from "drizzle-orm";
import { invoices } from "@/db/schema";
import { processingTotalSql } from "@/lib/payments/records";

/**
 * The one balance of the product (docs/portal.md §4): gross of the customer's invoices, corrections and
 * interest notes minus its payments, in grosze, as of a Warsaw calendar date (YYYY-MM-DD).
 * Positive: amount due; negative: overpayment. Tenant and customer are in every WHERE clause.
 * An online payment verified by the gateway but not yet booked by the CRM counts as paid; once the
 * import brings the booked payment it is settled and only the booked one counts (never both).
 */
export async function balanceOf(scope: CustomerOf, asOf: string): Promise<number> {
  const [row] = await balanceQuery(scope, asOf);
  return Number(row?.grosze ?? 0);
}

/**
 * balanceOf's one statement (the Pulpit and Płatności ask on every view): the invoices' sum minus the
 * payments' and the verified online payments' sums as scalar subqueries under the same tenant +
 * customer. A builder, so Pulpit's glance (lib/dashboard/glance.ts) embeds the very same statement.
 */
export function balanceQuery(scope: CustomerOf, asOf: string) {
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  return db
    .select({
      grosze: sql<string>`coalesce(sum(${invoices.gross}), 0)
        - (select coalesce(sum(p.amount), 0) from payments p where p.tenant_id = ${tenantId} and p.customer_id = ${customerId} and p.date <= ${asOf})
        - (${processingTotalSql(tenantId, customerId, asOf)})`,
    })
    .from(invoices)
    .where(and(eq(invoices.tenantId, tenantId), eq(invoices.customerId, customerId), lte(invoices.issueDate, asOf)));
}

export type BalanceView = { kind: "due" | "overpaid" | "zero"; label: string; grosze: number };

/** How the balance is worded: always in words, never by colour alone. */
export function describeBalance(grosze: number): BalanceView {
  if (grosze > 0) return { kind: "due", label: "Do zapłaty:", grosze };
  if (grosze < 0) return { kind: "overpaid", label: "Nadpłata:", grosze: -grosze };
  return { kind: "zero", label: "Brak należności", grosze: 0 };
}
