import { boolean, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, customerOwned, tstz, updatedAt, uuidId } from "./columns";
import { customerForeignKey } from "./customer-keys";

/** Notification preferences and the job scheduler (docs/portal.md §13, docs/operations.md §10). */

/**
 * A customer's choice for one event (docs/portal.md §13). Only choices the customer changed are
 * stored: no row means the default, which is "on" for every event.
 */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    ...customerOwned(),
    event: text("event").notNull(),
    email: boolean("email").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.customerId, t.event] }), customerForeignKey(t)],
);

export const jobStatus = pgEnum("job_status", ["pending", "done", "dead"]);

/**
 * Work the delivery worker does later (docs/operations.md §10): reminders, new-document notices and
 * the sweeps that find them. `key` names the job's purpose ("reminder:due3:<tenant>:<document>"), and
 * is unique: inserting a job twice (two instances, a repeated import) adds nothing. A worker claims
 * due rows with FOR UPDATE SKIP LOCKED and a lease (`locked_until`), like the e-mail outbox.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: uuidId(),
    key: text("key").notNull(),
    kind: text("kind").notNull(),
    tenantId: text("tenant_id"),
    payload: jsonb("payload").$type<Record<string, string>>().notNull().default({}),
    status: jobStatus("status").notNull().default("pending"),
    runAt: tstz("run_at").notNull(),
    attempts: integer("attempts").notNull().default(0),
    lockedUntil: tstz("locked_until"),
    lastError: text("last_error"),
    /** What the job did: "sent", or why it sent nothing ("paid", "preference-off", "no-account"). */
    outcome: text("outcome"),
    doneAt: tstz("done_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("jobs_key_idx").on(t.key),
    index("jobs_due_idx")
      .on(t.runAt)
      .where(sql`status = 'pending'`),
    check("jobs_attempts_check", sql`${t.attempts} >= 0`),
  ],
);

export type Job = typeof jobs.$inferSelect;
