import { index, integer, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid, boolean } from "drizzle-orm/pg-core";
import { customerRecord } from "./accounts";
import { bytea, createdAt, tenantId, tenantRow, timestamps, tstz } from "./columns";
import { customerForeignKey } from "./customer-keys";

/** Tickets ("Zgłoszenia" / "Lista spraw") with their messages and attachments. */

/** A row of one ticket; it goes with the ticket. */
const ticketOwner = () =>
  uuid("ticket_id")
    .notNull()
    .references(() => tickets.id, { onDelete: "cascade" });

export const ticketStatus = pgEnum("ticket_status", ["new", "in_progress", "answered", "closed"]);
export const messageAuthor = pgEnum("message_author", ["customer", "staff"]);

export const tickets = pgTable(
  "tickets",
  {
    ...customerRecord(),
    /** The number a customer and the office quote, "ZG/2026/000123": unique per tenant (lib/tickets/number.ts). */
    number: text("number").notNull(),
    category: text("category").notNull(),
    subject: text("subject").notNull(),
    status: ticketStatus("status").notNull().default("new"),
    contractId: text("contract_id"),
    pointId: text("point_id"),
    /** Complaints must be answered within 14 days. */
    answerDueAt: tstz("answer_due_at"),
    ...timestamps(),
  },
  (t) => [
    customerForeignKey(t),
    index("tickets_customer_idx").on(t.tenantId, t.customerId, t.createdAt.desc()),
    index("tickets_queue_idx").on(t.tenantId, t.status, t.answerDueAt),
    uniqueIndex("tickets_number_idx").on(t.tenantId, t.number),
  ],
);

/**
 * The last ticket number given per tenant and year. Taken with an upsert in the ticket's own
 * transaction: the row lock makes concurrent creators (on any app instance) wait their turn, and a
 * rolled-back ticket rolls its number back, so numbers have no gaps and never repeat.
 */
export const ticketNumberCounters = pgTable(
  "ticket_number_counters",
  {
    tenantId: tenantId(),
    year: integer("year").notNull(),
    last: integer("last").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year] })],
);

export const ticketMessages = pgTable(
  "ticket_messages",
  {
    ...tenantRow(),
    ticketId: ticketOwner(),
    author: messageAuthor("author").notNull(),
    staffId: uuid("staff_id"),
    body: text("body").notNull(),
    /** Staff-only notes; never shown to the customer. */
    internal: boolean("internal").notNull().default(false),
    /** When the other side read it; a staff reply unread by the customer counts as "Nieprzeczytane". */
    readAt: tstz("read_at"),
    createdAt: createdAt(),
  },
  (t) => [index("ticket_messages_ticket_idx").on(t.ticketId, t.createdAt)],
);

export const ticketAttachments = pgTable(
  "ticket_attachments",
  {
    ...tenantRow(),
    ticketId: ticketOwner(),
    messageId: uuid("message_id").references(() => ticketMessages.id, { onDelete: "cascade" }),
    /** The name the user gave, cleaned; storage never uses it. */
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    data: bytea("data").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("ticket_attachments_ticket_idx").on(t.ticketId)],
);

export type Ticket = typeof tickets.$inferSelect;
export type TicketMessage = typeof ticketMessages.$inferSelect;
export type TicketAttachment = typeof ticketAttachments.$inferSelect;
