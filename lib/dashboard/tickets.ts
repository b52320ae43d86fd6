import { assertRole, ROLES, type CustomerScope } from "@/lib/auth/customer-scope";
import { and, count, eq, ne, sql } from "drizzle-orm";
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
  // One statement: the open tickets, with the unread replies and the newest tickets as scalar subqueries.
  const [row] = await db
    .select({
      open: count(),
      unread: sql<string>`(select count(*) from ticket_messages m join tickets t on t.id = m.ticket_id and t.tenant_id = m.tenant_id
        where t.tenant_id = ${tenantId} and t.customer_id = ${customerId} and m.author = 'staff' and m.internal = false and m.read_at is null)`,
      newest: sql<TicketGlance["newest"]>`(select coalesce(json_agg(json_build_object('id', n.id, 'number', n.number, 'subject', n.subject, 'status', n.status)
          order by n.created_at desc, n.id desc), '[]'::json)
        from (select id, number, subject, status, created_at from tickets where tenant_id = ${tenantId} and customer_id = ${customerId}
          order by created_at desc, id desc limit ${DASHBOARD_TICKETS}) n)`,
    })
    .from(tickets)
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.customerId, customerId), ne(tickets.status, "closed")));
  return { open: Number(row?.open ?? 0), unread: Number(row?.unread ?? 0), newest: row?.newest ?? [] };
}
