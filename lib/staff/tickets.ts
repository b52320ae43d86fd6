import { and, asc, count, eq, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import { accounts, customers, staffUsers, ticketAttachments, ticketMessages, tickets } from "@/db/schema";
import { addDays, now } from "@/lib/clock";
import { isUuid } from "@/lib/tickets/queries";
import type { StaffScope } from "./scope";
import { OPEN_STATUSES, type QueueFilters } from "./ticket-queue-params";

/**
 * What the console reads of tickets (issue 5 item 7). Every query carries the staff member's
 * tenants in its WHERE clause: a ticket of another tenant is "not found", exactly like one that does
 * not exist. Unlike the customer's view, internal notes are part of the thread here.
 */

export const QUEUE_PAGE_SIZE = 25;

const inScope = ({ staff }: Pick<StaffScope, "staff">) => inArray(tickets.tenantId, staff.tenants.length ? staff.tenants : ["-"]);

/** The ticket (all columns) if it exists and its tenant is in scope, else null. */
export async function scopedTicket(scope: StaffScope, ticketId: string) {
  if (!isUuid(ticketId)) return null;
  const [ticket] = await scope.db
    .select()
    .from(tickets)
    .where(and(eq(tickets.id, ticketId), inScope(scope)))
    .limit(1);
  return ticket ?? null;
}

function queueConditions(scope: StaffScope, filters: QueueFilters, at: Date): SQL[] {
  const where: SQL[] = [inScope(scope)];
  if (filters.tenantId) where.push(eq(tickets.tenantId, filters.tenantId));
  if (filters.status === "open") where.push(inArray(tickets.status, OPEN_STATUSES));
  else if (filters.status !== "all") where.push(eq(tickets.status, filters.status));
  if (filters.category) where.push(eq(tickets.category, filters.category));
  if (filters.olderThanDays) where.push(lt(tickets.createdAt, addDays(at, -filters.olderThanDays)));
  return where;
}

/**
 * One page of the queue. Order: open complaints by their 14-day limit (overdue and nearest first),
 * then everything else oldest first — the ticket that has waited longest is next.
 */
export async function ticketQueue(scope: StaffScope, filters: QueueFilters, page = 1, at: Date = now()) {
  const { db } = scope;
  const where = and(...queueConditions(scope, filters, at));
  // Qualified names: drizzle leaves select-list columns unqualified inside a subquery.
  const unread =
    sql<number>`(select count(*) from "ticket_messages" m where m."ticket_id" = "tickets"."id" and m."author" = 'customer' and m."read_at" is null)`.mapWith(
      Number,
    );
  const dueFirst = sql`case when ${tickets.status} in ('new', 'in_progress') then ${tickets.answerDueAt} end asc nulls last`;
  const [total] = await db.select({ n: count() }).from(tickets).where(where);
  const current = Math.max(1, page);
  const rows = await db
    .select({
      id: tickets.id,
      tenantId: tickets.tenantId,
      number: tickets.number,
      subject: tickets.subject,
      category: tickets.category,
      status: tickets.status,
      customerId: tickets.customerId,
      customerNumber: customers.customerNumber,
      createdAt: tickets.createdAt,
      answerDueAt: tickets.answerDueAt,
      unread,
    })
    .from(tickets)
    .leftJoin(customers, and(eq(customers.tenantId, tickets.tenantId), eq(customers.id, tickets.customerId)))
    .where(where)
    .orderBy(dueFirst, asc(tickets.createdAt), asc(tickets.id))
    .limit(QUEUE_PAGE_SIZE)
    .offset((current - 1) * QUEUE_PAGE_SIZE);
  const n = total?.n ?? 0;
  return { rows, total: n, page: current, pageCount: Math.max(1, Math.ceil(n / QUEUE_PAGE_SIZE)) };
}

export type QueueRow = Awaited<ReturnType<typeof ticketQueue>>["rows"][number];

/**
 * The whole thread for the office: customer messages, replies (with who wrote them and whether the
 * customer has read them) and internal notes, each with its attachments (without the bytes).
 */
export async function staffTicketThread(scope: StaffScope, ticketId: string) {
  const { db } = scope;
  const ticket = await scopedTicket(scope, ticketId);
  if (!ticket) return null;
  const [customer] = await db
    .select({ name: customers.name, customerNumber: customers.customerNumber })
    .from(customers)
    .where(and(eq(customers.tenantId, ticket.tenantId), eq(customers.id, ticket.customerId)))
    .limit(1);
  const [account] = await db
    .select({ login: accounts.login, email: accounts.email, status: accounts.status })
    .from(accounts)
    .where(and(eq(accounts.tenantId, ticket.tenantId), eq(accounts.customerId, ticket.customerId)))
    .limit(1);
  const messages = await db
    .select({
      id: ticketMessages.id,
      author: ticketMessages.author,
      internal: ticketMessages.internal,
      body: ticketMessages.body,
      createdAt: ticketMessages.createdAt,
      readAt: ticketMessages.readAt,
      staffEmail: staffUsers.email,
    })
    .from(ticketMessages)
    .leftJoin(staffUsers, eq(staffUsers.id, ticketMessages.staffId))
    .where(and(eq(ticketMessages.ticketId, ticket.id), eq(ticketMessages.tenantId, ticket.tenantId)))
    .orderBy(asc(ticketMessages.createdAt), asc(ticketMessages.id));
  const attachments = await db
    .select({ id: ticketAttachments.id, messageId: ticketAttachments.messageId, fileName: ticketAttachments.fileName, size: ticketAttachments.size })
    .from(ticketAttachments)
    .where(and(eq(ticketAttachments.ticketId, ticket.id), eq(ticketAttachments.tenantId, ticket.tenantId)))
    .orderBy(asc(ticketAttachments.createdAt), asc(ticketAttachments.fileName));
  return {
    ticket,
    customer: customer ?? null,
    account: account ?? null,
    messages: messages.map((m) => ({ ...m, attachments: attachments.filter((a) => a.messageId === m.id) })),
    // A file without a message (none are written so, but the column allows it) is still listed.
    looseAttachments: attachments.filter((a) => !a.messageId),
  };
}

export type StaffThread = NonNullable<Awaited<ReturnType<typeof staffTicketThread>>>;

/** Opening the thread: the office has read the customer's messages (the queue's unread count → 0). */
export async function markCustomerMessagesRead(scope: StaffScope, ticketId: string): Promise<number> {
  if (!isUuid(ticketId)) return 0;
  const owned = scope.db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.id, ticketId), inScope(scope)));
  const updated = await scope.db
    .update(ticketMessages)
    .set({ readAt: now() })
    .where(
      and(eq(ticketMessages.ticketId, ticketId), eq(ticketMessages.author, "customer"), isNull(ticketMessages.readAt), inArray(ticketMessages.ticketId, owned)),
    )
    .returning({ id: ticketMessages.id });
  return updated.length;
}

/** One attachment with its bytes, only through a ticket of a tenant in scope. */
export async function staffAttachment(scope: StaffScope, ticketId: string, attachmentId: string) {
  if (!isUuid(ticketId) || !isUuid(attachmentId)) return null;
  const [row] = await scope.db
    .select({
      fileName: ticketAttachments.fileName,
      contentType: ticketAttachments.contentType,
      size: ticketAttachments.size,
      data: ticketAttachments.data,
      tenantId: tickets.tenantId,
    })
    .from(ticketAttachments)
    .innerJoin(tickets, and(eq(tickets.id, ticketAttachments.ticketId), eq(tickets.tenantId, ticketAttachments.tenantId)))
    .where(and(eq(ticketAttachments.id, attachmentId), eq(ticketAttachments.ticketId, ticketId), inScope(scope)))
    .limit(1);
  return row ?? null;
}
