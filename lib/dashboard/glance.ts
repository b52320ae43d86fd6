import { sql } from "drizzle-orm";
import type { CustomerScope } from "@/lib/auth/customer-scope";
import { balanceQuery } from "@/lib/billing/balance";
import { bankAccountQuery } from "@/lib/payments/bank-account";
import { onlineSummaryOf, onlineSummaryQuery, type OnlineSummary } from "@/lib/payments/records";

export type BalanceGlance = { balance: number; online: OnlineSummary; bankAccount: string | null };

/**
 * The top of the customer's first page (Pulpit, MPEC's Umowa): the balance, the online payments
 * under way and the account for transfers, in one statement — onlineSummary's row with balanceOf's
 * and customerBankAccount's own statements as scalar subqueries, so the rules stay in one place each
 * and tenant + customer stay in every WHERE clause (S13, S14). One round trip instead of three:
 * every statement costs the server a socket write and read besides its building (decision 0012).
 */
export async function balanceGlance(scope: CustomerScope, today: string, at: Date): Promise<BalanceGlance> {
  const [row] = await onlineSummaryQuery(scope, at, {
    balance: sql<string>`(${balanceQuery(scope, today)})`,
    bankAccount: sql<string | null>`(${bankAccountQuery(scope)})`,
  });
  return { balance: Number(row?.balance ?? 0), online: onlineSummaryOf(row), bankAccount: row?.bankAccount ?? null };
}
