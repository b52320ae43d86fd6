import { and, count, inArray, isNotNull, lte, sql } from "drizzle-orm";
import { accounts, tickets } from "@/db/schema";
import { addDays } from "@/lib/clock";
import type { StaffScope } from "./scope";

/** The console's start page: per tenant in scope, what waits for staff. */
export type TenantOverview = { tenantId: string; openTickets: number; dueSoon: number; lockedAccounts: number };

export async function consoleOverview({ db, staff }: StaffScope, at: Date): Promise<TenantOverview[]> {
  const tenantIds = staff.tenants;
  if (tenantIds.length === 0) return [];
  const open = await db
    .select({
      tenantId: tickets.tenantId,
      open: count(),
      dueSoon: sql<number>`count(*) filter (where ${tickets.answerDueAt} <= ${addDays(at, 3).toISOString()})`.mapWith(Number),
    })
    .from(tickets)
    .where(and(inArray(tickets.tenantId, tenantIds), inArray(tickets.status, ["new", "in_progress"])))
    .groupBy(tickets.tenantId);
  const locked = await db
    .select({ tenantId: accounts.tenantId, locked: count() })
    .from(accounts)
    .where(and(inArray(accounts.tenantId, tenantIds), isNotNull(accounts.lockedAt), lte(accounts.lockedAt, at)))
    .groupBy(accounts.tenantId);
  return tenantIds.map((tenantId) => {
    const o = open.find((r) => r.tenantId === tenantId);
    return { tenantId, openTickets: o?.open ?? 0, dueSoon: o?.dueSoon ?? 0, lockedAccounts: locked.find((r) => r.tenantId === tenantId)?.locked ?? 0 };
  });
}
