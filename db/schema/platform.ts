import { bigint, bigserial, boolean, index, inet, integer, jsonb, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, customerOwned, sessionColumns, tenantRow, tstz, updatedAt, uuidId } from "./columns";

/** The platform's own tables: outbox, audit log, staff, import keys, rate limits, imports, exports. */

export const outboxStatus = pgEnum("outbox_status", ["pending", "sent", "dead"]);

export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuidId(),
    /** Null for back-office mail. */
    tenantId: text("tenant_id"),
    to: text("to").notNull(),
    from: text("from").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    template: text("template").notNull(),
    /** Extra headers handed to the provider (List-Unsubscribe and List-Unsubscribe-Post, docs/email.md §7). */
    headers: jsonb("headers").$type<Record<string, string>>(),
    /** Sent to the provider on every try, so a retry after a lost answer is not a second e-mail. */
    idempotencyKey: text("idempotency_key").notNull(),
    status: outboxStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: tstz("next_attempt_at").notNull().defaultNow(),
    /** A worker that claims a row holds it until then; a crashed worker's claim simply runs out. */
    lockedUntil: tstz("locked_until"),
    lastError: text("last_error"),
    providerMessageId: text("provider_message_id"),
    sentAt: tstz("sent_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("email_outbox_idempotency_idx").on(t.idempotencyKey),
    index("email_outbox_due_idx").on(t.status, t.nextAttemptAt),
    index("email_outbox_to_idx").on(t.to, t.createdAt.desc()),
  ],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: tstz("at").notNull().defaultNow(),
    tenantId: text("tenant_id"),
    actorKind: text("actor_kind").notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    targetKind: text("target_kind"),
    targetId: text("target_id"),
    ip: inet("ip"),
    userAgent: text("user_agent"),
    details: jsonb("details").$type<Record<string, unknown>>(),
  },
  (t) => [index("audit_log_at_idx").on(t.at.desc()), index("audit_log_tenant_idx").on(t.tenantId, t.action, t.at.desc())],
);

export const staffRole = pgEnum("staff_role", ["admin", "staff"]);

export const staffUsers = pgTable(
  "staff_users",
  {
    id: uuidId(),
    email: text("email").notNull(),
    role: staffRole("role").notNull(),
    /** Tenant ids this person may act for. */
    tenants: jsonb("tenants").$type<string[]>().notNull(),
    passwordHash: text("password_hash").notNull(),
    mustChangePassword: boolean("must_change_password").notNull().default(true),
    /**
     * When the one-time password (the password while mustChangePassword) signed in (S27): it signs in
     * once; the setup goes on in that session, a new sign-in needs a new one-time password.
     */
    oneTimePasswordUsedAt: tstz("one_time_password_used_at"),
    totpSecret: text("totp_secret"),
    totpEnrolledAt: tstz("totp_enrolled_at"),
    /** The 30-second step of the last accepted code: a code is good once (no replay). */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    passwordChangedAt: tstz("password_changed_at"),
    createdBy: uuid("created_by"),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    lockedAt: tstz("locked_at"),
    lastLoginAt: tstz("last_login_at"),
    disabledAt: tstz("disabled_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("staff_users_email_idx").on(t.email)],
);

export const staffSessions = pgTable(
  "staff_sessions",
  {
    ...sessionColumns(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    /** False until the second factor is given. */
    mfaPassed: boolean("mfa_passed").notNull().default(false),
  },
  (t) => [index("staff_sessions_staff_idx").on(t.staffId)],
);

/** What a CRM key may do (S31): POST /api/import, GET /api/export, or both. */
export const importKeyScope = pgEnum("import_key_scope", ["import", "export", "both"]);

export const importKeys = pgTable(
  "import_keys",
  {
    ...tenantRow(),
    /** SHA-256 of the key; the key itself is shown once and never stored. */
    keyHash: text("key_hash").notNull(),
    label: text("label").notNull(),
    /** Keys made before scopes existed keep working for both (the default). */
    scope: importKeyScope("scope").notNull().default("both"),
    createdBy: text("created_by"),
    lastUsedAt: tstz("last_used_at"),
    revokedAt: tstz("revoked_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("import_keys_hash_idx").on(t.keyHash), index("import_keys_tenant_idx").on(t.tenantId)],
);

/** Fixed-window counters shared by every app instance. */
export const rateLimits = pgTable(
  "rate_limits",
  {
    bucket: text("bucket").notNull(),
    windowStart: tstz("window_start").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.windowStart] })],
);

export const importStatus = pgEnum("import_status", ["running", "applied", "rejected", "failed"]);

export const importRuns = pgTable(
  "import_runs",
  {
    ...tenantRow(),
    source: text("source").notNull(),
    status: importStatus("status").notNull().default("running"),
    lines: integer("lines").notNull().default(0),
    badLines: integer("bad_lines").notNull().default(0),
    errors: jsonb("errors").$type<{ line: number; reason: string }[]>(),
    startedAt: tstz("started_at").notNull().defaultNow(),
    finishedAt: tstz("finished_at"),
  },
  (t) => [index("import_runs_tenant_idx").on(t.tenantId, t.startedAt.desc())],
);

/** What customers changed, for the CRM to pull through GET /api/export (cursor = id). */
export const exportEvents = pgTable(
  "export_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    ...customerOwned(),
    type: text("type").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    /** When GET /api/export first handed the event out: from then on the CRM may have it (lib/export). */
    exportedAt: tstz("exported_at"),
  },
  (t) => [index("export_events_tenant_idx").on(t.tenantId, t.id)],
);

/** Small key/value facts about the database itself (e.g. that demo data was loaded). */
export const meta = pgTable("meta", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<unknown>().notNull(),
  updatedAt: updatedAt(),
});

export type OutboxMessage = typeof emailOutbox.$inferSelect;
export type NewOutboxMessage = typeof emailOutbox.$inferInsert;
export type AuditEntry = typeof auditLog.$inferInsert;
export type StaffUser = typeof staffUsers.$inferSelect;
export type ImportKey = typeof importKeys.$inferSelect;
