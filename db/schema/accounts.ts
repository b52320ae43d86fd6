import { boolean, index, inet, integer, jsonb, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid, date } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, customerOwned, sessionColumns, tenantId, tenantRow, tstz, uuidId } from "./columns";
import { customerForeignKey } from "./customer-keys";

/** Customer accounts of the portal, their sessions, tokens, regulations and consents. */

export const accountStatus = pgEnum("account_status", ["pending_activation", "active", "disabled"]);

export const accounts = pgTable(
  "accounts",
  {
    id: uuidId(),
    tenantId: tenantId(),
    /**
     * The customer number the account holds; null for a delegate-only account (docs/accounts.md §17):
     * a person who acts only for others through delegations. The foreign key (MATCH SIMPLE) skips null.
     */
    customerId: text("customer_id"),
    login: text("login").notNull(),
    email: text("email").notNull(),
    phone: text("phone"),
    status: accountStatus("status").notNull().default("pending_activation"),
    /** argon2id PHC string; null until a password (or one-time password) is set. */
    passwordHash: text("password_hash"),
    /** The next sign-in must go through "Wymagana zmiana hasła". */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    lockedAt: tstz("locked_at"),
    /** An unactivated registration reserves the login and the customer until then. */
    pendingUntil: tstz("pending_until"),
    activatedAt: tstz("activated_at"),
    lastLoginAt: tstz("last_login_at"),
    passwordChangedAt: tstz("password_changed_at"),
    createdAt: createdAt(),
  },
  (t) => [
    customerForeignKey(t),
    uniqueIndex("accounts_login_idx").on(t.tenantId, sql`lower(${t.login})`),
    uniqueIndex("accounts_customer_idx").on(t.tenantId, t.customerId),
    index("accounts_email_idx").on(t.tenantId, sql`lower(${t.email})`),
  ],
);

/** The account a row belongs to; the row goes with it. */
const accountOwner = () =>
  uuid("account_id")
    .notNull()
    .references(() => accounts.id, { onDelete: "cascade" });

/**
 * A portal-written row of a customer (a consent, a ticket, an online payment): a random id, the customer,
 * and the account that made it while that account exists (the row outlives it).
 */
export const customerRecord = () => ({
  id: uuidId(),
  ...customerOwned(),
  accountId: uuid("account_id").references(() => accounts.id, { onDelete: "set null" }),
});

/** Server-side sessions; the cookie holds a random token whose SHA-256 is the id. */
export const sessions = pgTable(
  "sessions",
  {
    ...sessionColumns(),
    tenantId: tenantId(),
    accountId: accountOwner(),
    revokedReason: text("revoked_reason"),
    /**
     * The delegation this session acts under (docs/accounts.md §17); null: the account's own customer.
     * No foreign key: the session lookup joins it with its rules (live, accepted, this account), so a
     * revoked or deleted delegation simply stops matching.
     */
    delegationId: uuid("delegation_id"),
  },
  (t) => [index("sessions_account_idx").on(t.accountId)],
);

export const tokenPurpose = pgEnum("token_purpose", ["activation", "one_time_password", "password_reset_link", "email_change"]);

/** Activation links, one-time passwords, reset links and e-mail confirmations: stored only as hashes. */
export const authTokens = pgTable(
  "auth_tokens",
  {
    ...tenantRow(),
    accountId: accountOwner(),
    purpose: tokenPurpose("purpose").notNull(),
    /** SHA-256 for high-entropy link tokens; an HMAC for short one-time passwords (docs/decisions/0004). */
    tokenHash: text("token_hash").notNull(),
    payload: jsonb("payload").$type<Record<string, string>>(),
    expiresAt: tstz("expires_at").notNull(),
    usedAt: tstz("used_at"),
    /**
     * A one-time password's sign-in (S27): the session it opened. From then on it signs nobody in
     * again; only that session may still use it to complete "Wymagana zmiana hasła".
     */
    sessionId: text("session_id").references(() => sessions.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("auth_tokens_hash_idx").on(t.tokenHash), index("auth_tokens_account_idx").on(t.accountId, t.purpose)],
);

export const regulationStatus = pgEnum("regulation_status", ["draft", "published"]);

export const regulationVersions = pgTable(
  "regulation_versions",
  {
    ...tenantRow(),
    version: text("version").notNull(),
    title: text("title").notNull(),
    markdown: text("markdown").notNull(),
    effectiveDate: date("effective_date").notNull(),
    status: regulationStatus("status").notNull().default("draft"),
    publishedAt: tstz("published_at"),
    publishedBy: uuid("published_by"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("regulation_versions_idx").on(t.tenantId, t.version), index("regulation_published_idx").on(t.tenantId, t.status, t.publishedAt)],
);

export const regulationAcceptances = pgTable(
  "regulation_acceptances",
  {
    tenantId: tenantId(),
    accountId: accountOwner(),
    regulationVersionId: uuid("regulation_version_id")
      .notNull()
      .references(() => regulationVersions.id),
    acceptedAt: tstz("accepted_at").notNull().defaultNow(),
    ip: inet("ip"),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.regulationVersionId] }), index("regulation_acceptances_version_idx").on(t.regulationVersionId)],
);

export const consentKind = pgEnum("consent_kind", ["regulation", "cookies", "data_processing", "e_invoice", "marketing"]);

/** Append-only history of consents; the newest row per (customer, kind) is the current state. */
export const consentEvents = pgTable(
  "consent_events",
  {
    ...customerRecord(),
    kind: consentKind("kind").notNull(),
    granted: boolean("granted").notNull(),
    source: text("source").notNull(),
    ip: inet("ip"),
    createdAt: createdAt(),
  },
  (t) => [customerForeignKey(t), index("consent_events_customer_idx").on(t.tenantId, t.customerId, t.kind, t.createdAt.desc())],
);

export type Account = typeof accounts.$inferSelect;
/** An account that holds a customer number of its own (every account but a delegate-only one). */
export type HolderAccount = Account & { customerId: string };
export type NewAccount = typeof accounts.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type AuthToken = typeof authTokens.$inferSelect;
export type RegulationVersion = typeof regulationVersions.$inferSelect;
export type ConsentEvent = typeof consentEvents.$inferSelect;
