import { index, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, customerOwned, tstz, uuidId } from "./columns";
import { customerForeignKey } from "./customer-keys";
import { accounts } from "./accounts";

/**
 * Delegated access (docs/accounts.md §17, docs/decisions/0020-delegated-access.md): the holder of a
 * customer number lets another account of the same tenant act for it with one role. The invitation
 * is the row itself until accepted: only the SHA-256 of its link token is stored.
 */
export const delegateRole = pgEnum("delegate_role", ["view", "payments", "full"]);

export const delegations = pgTable(
  "delegations",
  {
    id: uuidId(),
    /** The customer the delegate acts for (the holder's customer number). */
    ...customerOwned(),
    role: delegateRole("role").notNull(),
    /** The address the invitation went to (shown to the holder and staff). */
    email: text("email").notNull(),
    /** SHA-256 of the invitation link's token; cleared once used. */
    tokenHash: text("token_hash"),
    expiresAt: tstz("expires_at").notNull(),
    invitedBy: uuid("invited_by").references(() => accounts.id, { onDelete: "set null" }),
    /** The delegate's account, once accepted. */
    accountId: uuid("account_id").references(() => accounts.id, { onDelete: "cascade" }),
    acceptedAt: tstz("accepted_at"),
    revokedAt: tstz("revoked_at"),
    /** "holder" or "staff:<id>". */
    revokedBy: text("revoked_by"),
    createdAt: createdAt(),
  },
  (t) => [
    customerForeignKey(t),
    uniqueIndex("delegations_token_idx").on(t.tokenHash),
    index("delegations_customer_idx").on(t.tenantId, t.customerId),
    index("delegations_account_idx").on(t.accountId),
    /** One live delegation per (customer, delegate account). */
    uniqueIndex("delegations_live_idx")
      .on(t.customerId, t.accountId)
      .where(sql`${t.revokedAt} is null and ${t.accountId} is not null`),
  ],
);

export type Delegation = typeof delegations.$inferSelect;
export type DelegateRole = (typeof delegateRole.enumValues)[number];
