import { assertRole, ROLES, type CustomerScope } from "@/lib/auth/customer-scope";
import { and, count, desc, eq, ne, sql } from "drizzle-orm";
import { tickets, type Ticket } from "@/db/schema";

export const DASHBOARD_TICKETS = 3;

export type TicketGlance = {
  open: number;
  unread: number;
  newest: { id: string; number: string; subject: string; status: Ticket["status"] }[];
};

/**
 * "Otwarte zgłoszenia" on Pulpit: how many of the customer's tickets are not closed, how many of the
 * office's replies (never internal notes) are unread, and the newest tickets. Tenant and customer
 * are in every WHERE clause (S13/S14).
 */
export async function ticketsAtGlance(scope: CustomerScope): Promise<TicketGlance> {
  assertRole(scope, ROLES.full);
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  const mine = and(eq(tickets.tenantId, tenantId), eq(tickets.customerId, customerId));
  // Both counts in one statement: the open tickets, and the unread replies as a scalar subquery.
  const [counts] = await db
    .select({
      open: count(),
      unread: sql<string>`(select count(*) from ticket_messages m join tickets t on t.id = m.ticket_id and t.tenant_id = m.tenant_id
        where t.tenant_id = ${tenantId} and t.customer_id = ${customerId} and m.author = 'staff' and m.internal = false and m.read_at is null)`,
    })
    .from(tickets)
    .where(and(mine, ne(tickets.status, "closed")));
  const newest = await db
    .select({ id: tickets.id, number: tickets.number, subject: tickets.subject, status: tickets.status })
    .from(tickets)
    .where(mine)
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(DASHBOARD_TICKETS);
  return { open: Number(counts?.open ?? 0), unread: Number(counts?.unread ?? 0), newest };
}
