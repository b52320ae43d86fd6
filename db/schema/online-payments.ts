import { foreignKey, index, jsonb, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { invoices } from "./customer-data";
import { customerRecord } from "./accounts";
import { createdAt, invoiceOwned, money, timestamps, tstz } from "./columns";
import { customerForeignKey } from "./customer-keys";

/** Payments started in the portal and in progress at the gateway (docs/payments.md §3). */

export const onlinePaymentStatus = pgEnum("online_payment_status", ["pending", "paid", "cancelled", "failed", "settled"]);

export const onlinePayments = pgTable(
  "online_payments",
  {
    ...customerRecord(),
    /** Our session id at the gateway; also the reference the CRM books the payment with. */
    sessionId: text("session_id").notNull(),
    amount: money("amount").notNull(),
    currency: text("currency").notNull().default("PLN"),
    invoiceIds: jsonb("invoice_ids").$type<string[]>().notNull(),
    /** How the amount splits over the documents (grosze each): a paid, not yet booked payment is allocated so. */
    items: jsonb("items").$type<OnlinePaymentItem[]>().notNull().default([]),
    gateway: text("gateway").notNull(),
    gatewayToken: text("gateway_token"),
    gatewayOrderId: text("gateway_order_id"),
    status: onlinePaymentStatus("status").notNull().default("pending"),
    /** When the gateway's verify call confirmed the payment: only then is it final. */
    verifiedAt: tstz("verified_at"),
    paidAt: tstz("paid_at"),
    settledByPaymentId: text("settled_by_payment_id"),
    ...timestamps(),
  },
  (t) => [
    customerForeignKey(t),
    uniqueIndex("online_payments_session_idx").on(t.sessionId),
    index("online_payments_customer_idx").on(t.tenantId, t.customerId, t.status),
  ],
);

/**
 * The documents of a live payment (registered, not yet paid, cancelled or failed): one row per
 * document, and the primary key allows one live payment per document. Two tabs or two simultaneous
 * requests for the same document cannot both hold it — the database refuses the second row, not a
 * check before an insert. The rows go when the payment stops being live (lib/payments/holds.ts).
 */
export const onlinePaymentHolds = pgTable(
  "online_payment_holds",
  {
    ...invoiceOwned(),
    customerId: text("customer_id").notNull(),
    paymentId: uuid("payment_id")
      .notNull()
      .references(() => onlinePayments.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.invoiceId] }),
    foreignKey({ columns: [t.tenantId, t.invoiceId], foreignColumns: [invoices.tenantId, invoices.id] }).onDelete("cascade"),
    index("online_payment_holds_payment_idx").on(t.paymentId),
  ],
);

export type OnlinePaymentItem = { invoiceId: string; amount: number };
export type OnlinePayment = typeof onlinePayments.$inferSelect;
