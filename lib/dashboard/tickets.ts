import { and, count, desc, eq, isNull, ne } from "drizzle-orm";
import { ticketMessages, tickets, type Ticket } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

export const DASHBOARD_TICKETS = 3;

export type TicketGlance = {
  open: number;
  unread: number;
  newest: { id: string; subject: string; status: Ticket["status"] }[];
};

/**
 * "Otwarte zgłoszenia" on Pulpit: how many of the customer's tickets are not closed, how many of the
 * office's replies (never internal notes) are unread, and the newest tickets. Tenant and customer
 * are in every WHERE clause (S13/S14).
 */
export async function ticketsAtGlance(db: DbOrTx, tenantId: string, customerId: string): Promise<TicketGlance> {
  const mine = and(eq(tickets.tenantId, tenantId), eq(tickets.customerId, customerId));
  const [open] = await db
    .select({ n: count() })
    .from(tickets)
    .where(and(mine, ne(tickets.status, "closed")));
  const [unread] = await db
    .select({ n: count() })
    .from(ticketMessages)
    .innerJoin(tickets, and(eq(tickets.id, ticketMessages.ticketId), eq(tickets.tenantId, ticketMessages.tenantId)))
    .where(and(mine, eq(ticketMessages.author, "staff"), eq(ticketMessages.internal, false), isNull(ticketMessages.readAt)));
  const newest = await db
    .select({ id: tickets.id, subject: tickets.subject, status: tickets.status })
    .from(tickets)
    .where(mine)
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(DASHBOARD_TICKETS);
  return { open: Number(open?.n ?? 0), unread: Number(unread?.n ?? 0), newest };
}
