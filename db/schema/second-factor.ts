import { bigint, check, index, inet, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, tenantId, tstz, uuidId } from "./columns";
import { accounts } from "./accounts";

/**
 * A customer's optional second factor (docs/accounts.md §15, S32). One row per account; it exists
 * from the start of enrolment and counts as on only with `enabled_at`. Everything a browser could
 * replay is stored hashed: codes and device tokens as an HMAC / SHA-256, the TOTP secret sealed (S30).
 */
const account = () =>
  uuid("account_id")
    .notNull()
    .references(() => accounts.id, { onDelete: "cascade" });

export const secondFactors = pgTable(
  "second_factors",
  {
    accountId: account().primaryKey(),
    tenantId: tenantId(),
    /** "totp" (an authenticator app) or "email" (a code sent to the account's e-mail). */
    method: text("method").$type<"totp" | "email">().notNull(),
    /** Sealed with the TOTP keyring (lib/security/secret-box.ts), bound to the account; null for "email". */
    totpSecret: text("totp_secret"),
    /** The 30-second step of the last accepted TOTP code: a code of that step or earlier is refused. */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    /** Null while enrolment awaits its first code. */
    enabledAt: tstz("enabled_at"),
    createdAt: createdAt(),
  },
  (t) => [check("second_factors_method", sql`${t.method} in ('totp', 'email')`)],
);

/** Ten single-use recovery codes, shown once at enrolment; an HMAC of each is kept. */
export const secondFactorRecoveryCodes = pgTable(
  "second_factor_recovery_codes",
  {
    id: uuidId(),
    tenantId: tenantId(),
    accountId: account(),
    codeHash: text("code_hash").notNull(),
    usedAt: tstz("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("second_factor_recovery_codes_account_idx").on(t.accountId, t.codeHash)],
);

/**
 * A code sent by e-mail: to sign in (bound to its pending second step), to confirm turning the
 * e-mail method on, or to turn the second factor off. Short-lived, single-use, a few attempts.
 */
export const secondFactorEmailCodes = pgTable(
  "second_factor_email_codes",
  {
    id: uuidId(),
    tenantId: tenantId(),
    accountId: account(),
    purpose: text("purpose").$type<"sign-in" | "enable" | "disable">().notNull(),
    /** The pending sign-in the code belongs to (purpose "sign-in"). */
    stepId: text("step_id"),
    codeHash: text("code_hash").notNull(),
    attempts: integer("attempts").notNull().default(0),
    expiresAt: tstz("expires_at").notNull(),
    usedAt: tstz("used_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("second_factor_email_codes_account_idx").on(t.accountId, t.purpose),
    check("second_factor_email_codes_purpose", sql`${t.purpose} in ('sign-in', 'enable', 'disable')`),
  ],
);

/**
 * A sign-in waiting for its second step: the password was right, no session exists yet. The browser
 * holds a random token in an httpOnly cookie; the id is its SHA-256. Ten minutes, used once.
 */
export const pendingSecondSteps = pgTable(
  "pending_second_steps",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    accountId: account(),
    /** How the first step was passed: "password", or "one-time-password" (then `one_time_password_id`). */
    method: text("method").$type<"password" | "one-time-password">().notNull(),
    oneTimePasswordId: uuid("one_time_password_id"),
    expiresAt: tstz("expires_at").notNull(),
    usedAt: tstz("used_at"),
    ip: inet("ip"),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
  },
  (t) => [index("pending_second_steps_account_idx").on(t.accountId)],
);

/** "Zapamiętaj to urządzenie na 30 dni": the SHA-256 of the device cookie's token is the id. */
export const rememberedDevices = pgTable(
  "remembered_devices",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    accountId: account(),
    expiresAt: tstz("expires_at").notNull(),
    revokedAt: tstz("revoked_at"),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
  },
  (t) => [index("remembered_devices_account_idx").on(t.accountId)],
);

export type SecondFactor = typeof secondFactors.$inferSelect;
