import { assertRole, ROLES, type CustomerScope } from "@/lib/auth/customer-scope";
import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { ticketAttachments, ticketMessages, tickets, type Ticket } from "@/db/schema";
import { now } from "@/lib/clock";

/**
 * What the customer may read of their tickets. Every query has the tenant AND the customer in its
 * WHERE clause (S13/S14), and internal staff notes (ticket_messages.internal) never leave here.
 */

export type TicketFilters = { text?: string; status?: Ticket["status"]; category?: string; from?: Date; to?: Date };
export const PAGE_SIZE = 20;

/** Ids come from the URL; anything but a UUID is simply "not found" (and never reaches a uuid column). */
export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

const mine = (tenantId: string, customerId: string) => and(eq(tickets.tenantId, tenantId), eq(tickets.customerId, customerId));
const visible = eq(ticketMessages.internal, false);
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filterConditions(filters: TicketFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.status) where.push(eq(tickets.status, filters.status));
  if (filters.category) where.push(eq(tickets.category, filters.category));
  if (filters.from) where.push(gte(tickets.createdAt, filters.from));
  if (filters.to) where.push(lt(tickets.createdAt, filters.to));
  if (filters.text) {
    const pattern = likePattern(filters.text);
    const inBody = sql`exists (select 1 from "ticket_messages" m where m."ticket_id" = "tickets"."id" and m."internal" = false and m."body" ilike ${pattern})`;
    where.push(or(ilike(tickets.subject, pattern), ilike(tickets.number, pattern), inBody)!);
  }
  return where;
}

/** One page of the customer's tickets, newest first, with the count of unread staff replies. */
export async function listTickets(scope: CustomerScope, filters: TicketFilters = {}, page = 1) {
  assertRole(scope, ROLES.full);
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  const where = and(mine(tenantId, customerId), ...filterConditions(filters));
  // Written out with qualified names: drizzle leaves columns unqualified in a select list, where
  // "id" would silently mean the subquery's own ticket_messages.id.
  const unread =
    sql<number>`(select count(*) from "ticket_messages" m where m."ticket_id" = "tickets"."id" and m."author" = 'staff' and m."internal" = false and m."read_at" is null)`.mapWith(
      Number,
    );
  const [total] = await db.select({ n: count() }).from(tickets).where(where);
  const rows = await db
    .select({
      id: tickets.id,
      number: tickets.number,
      status: tickets.status,
      category: tickets.category,
      subject: tickets.subject,
      createdAt: tickets.createdAt,
      answerDueAt: tickets.answerDueAt,
      unread,
    })
    .from(tickets)
    .where(where)
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(PAGE_SIZE)
    .offset((Math.max(1, page) - 1) * PAGE_SIZE);
  return { rows, total: total?.n ?? 0, page: Math.max(1, page), pageCount: Math.max(1, Math.ceil((total?.n ?? 0) / PAGE_SIZE)) };
}

export type TicketRow = Awaited<ReturnType<typeof listTickets>>["rows"][number];

/** The ticket with its visible messages and their attachments (without the bytes), or null. */
export async function ticketThread(scope: CustomerScope, ticketId: string) {
  assertRole(scope, ROLES.full);
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  if (!isUuid(ticketId)) return null;
  const [ticket] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.id, ticketId), mine(tenantId, customerId)))
    .limit(1);
  if (!ticket) return null;
  const messages = await db
    .select({
      id: ticketMessages.id,
      author: ticketMessages.author,
      body: ticketMessages.body,
      createdAt: ticketMessages.createdAt,
      readAt: ticketMessages.readAt,
    })
    .from(ticketMessages)
    .where(and(eq(ticketMessages.ticketId, ticket.id), eq(ticketMessages.tenantId, tenantId), visible))
    .orderBy(asc(ticketMessages.createdAt), asc(ticketMessages.id));
  const ids = messages.map((m) => m.id);
  const attachments = ids.length
    ? await db
        .select({ id: ticketAttachments.id, messageId: ticketAttachments.messageId, fileName: ticketAttachments.fileName, size: ticketAttachments.size })
        .from(ticketAttachments)
        .where(and(eq(ticketAttachments.ticketId, ticket.id), eq(ticketAttachments.tenantId, tenantId), inArray(ticketAttachments.messageId, ids)))
        .orderBy(asc(ticketAttachments.createdAt), asc(ticketAttachments.fileName))
    : [];
  return { ticket, messages: messages.map((m) => ({ ...m, attachments: attachments.filter((a) => a.messageId === m.id) })) };
}

export type TicketThread = NonNullable<Awaited<ReturnType<typeof ticketThread>>>;

/** Opening the thread: the customer has now read the office's replies ("Nieprzeczytane" → 0). */
export async function markThreadRead(scope: CustomerScope, ticketId: string): Promise<number> {
  assertRole(scope, ROLES.full);
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  if (!isUuid(ticketId)) return 0;
  const owned = db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.id, ticketId), mine(tenantId, customerId)));
  const updated = await db
    .update(ticketMessages)
    .set({ readAt: now() })
    .where(
      and(
        eq(ticketMessages.ticketId, ticketId),
        eq(ticketMessages.tenantId, tenantId),
        eq(ticketMessages.author, "staff"),
        visible,
        isNull(ticketMessages.readAt),
        inArray(ticketMessages.ticketId, owned),
      ),
    )
    .returning({ id: ticketMessages.id });
  return updated.length;
}

/** One attachment with its bytes — only through a visible message of the customer's own ticket. */
export async function customerAttachment(scope: CustomerScope, ticketId: string, attachmentId: string) {
  assertRole(scope, ROLES.full);
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  if (!isUuid(ticketId) || !isUuid(attachmentId)) return null;
  const [row] = await db
    .select({ fileName: ticketAttachments.fileName, contentType: ticketAttachments.contentType, size: ticketAttachments.size, data: ticketAttachments.data })
    .from(ticketAttachments)
    .innerJoin(tickets, and(eq(tickets.id, ticketAttachments.ticketId), eq(tickets.tenantId, ticketAttachments.tenantId)))
    .innerJoin(ticketMessages, and(eq(ticketMessages.id, ticketAttachments.messageId), eq(ticketMessages.ticketId, tickets.id)))
    .where(and(eq(ticketAttachments.id, attachmentId), eq(ticketAttachments.ticketId, ticketId), mine(tenantId, customerId), visible))
    .limit(1);
  return row ?? null;
}

/** "Lista wysłanych wiadomości": the customer's own messages across their tickets, newest first. */
export async function sentMessages(scope: CustomerScope, page = 1) {
  assertRole(scope, ROLES.full);
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
  const where = and(mine(tenantId, customerId), eq(ticketMessages.author, "customer"), visible);
  const [total] = await db.select({ n: count() }).from(ticketMessages).innerJoin(tickets, eq(tickets.id, ticketMessages.ticketId)).where(where);
  const rows = await db
    .select({
      id: ticketMessages.id,
      ticketId: tickets.id,
      ticketNumber: tickets.number,
      subject: tickets.subject,
      category: tickets.category,
      body: ticketMessages.body,
      createdAt: ticketMessages.createdAt,
    })
    .from(ticketMessages)
    .innerJoin(tickets, eq(tickets.id, ticketMessages.ticketId))
    .where(where)
    .orderBy(desc(ticketMessages.createdAt), desc(ticketMessages.id))
    .limit(PAGE_SIZE)
    .offset((Math.max(1, page) - 1) * PAGE_SIZE);
  return { rows, total: total?.n ?? 0, page: Math.max(1, page), pageCount: Math.max(1, Math.ceil((total?.n ?? 0) / PAGE_SIZE)) };
}
