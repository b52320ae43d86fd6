import { pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { tenantId, tstz } from "./columns";
import { accounts } from "./accounts";

/**
 * The browsers an account has signed in from (docs/accounts.md §16, S34). A browser is known by a
 * long-lived random cookie; only its SHA-256 is stored, per account, with when it was first and last
 * seen signing in. Not a fingerprint: a browser without the cookie is a new one.
 */
export const knownDevices = pgTable(
  "known_devices",
  {
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    /** SHA-256 of the browser's cookie value. */
    deviceHash: text("device_hash").notNull(),
    tenantId: tenantId(),
    firstSeenAt: tstz("first_seen_at").notNull(),
    lastSeenAt: tstz("last_seen_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.deviceHash] })],
);

export type KnownDevice = typeof knownDevices.$inferSelect;
