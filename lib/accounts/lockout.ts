import { eq, sql } from "drizzle-orm";
import { accounts, type Account } from "@/db/schema";
import type { Tx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { revokeAccountSessions } from "@/lib/auth/sessions";
import { sendEmail } from "@/lib/email/send";
import type { RequestMeta } from "@/lib/request/meta";

/**
 * Five wrong passwords in a row lock the account (docs/accounts.md §7, S07). The lock ends every session of the
 * account (S12) and only the owner is told, by e-mail (S08); the sign-in form keeps answering with
 * its one message. Staff lift the lock, or the owner does by signing in with a one-time password.
 */
export const MAX_FAILED_ATTEMPTS = 5;

/** Where the lock e-mail sends the owner to get back in. */
export const RECOVERY_PATH = "/odzyskiwanie-hasla";

// A well-formed id no account has, so a failure without an account runs the same queries (S06 timing).
export const NO_ACCOUNT = "00000000-0000-0000-0000-000000000000";

/**
 * Records a failed sign-in. Only a wrong password of an active, unlocked account counts (atomically:
 * two parallel attempts both count) and the fifth locks. Every failure runs the same UPDATE, so the
 * answer time does not tell an unknown login from a known one (S06).
 */
export async function recordFailure(tx: Tx, tenant: Tenant, account: Account | null, counts: boolean, request: RequestMeta): Promise<{ locked: boolean }> {
  const [row] = await tx
    .update(accounts)
    .set({ failedAttempts: sql`${accounts.failedAttempts} + ${counts ? 1 : 0}` })
    .where(eq(accounts.id, account?.id ?? NO_ACCOUNT))
    .returning({ failedAttempts: accounts.failedAttempts, lockedAt: accounts.lockedAt });
  if (!account || !counts || !row || row.lockedAt || row.failedAttempts < MAX_FAILED_ATTEMPTS) return { locked: false };

  const lockedAt = now();
  await tx.update(accounts).set({ lockedAt }).where(eq(accounts.id, account.id));
  await revokeAccountSessions(tx, account.id, "locked");
  await sendEmail(tx, {
    tenant,
    to: account.email,
    template: { name: "account-locked", props: { login: account.login, lockedAt, recoveryPath: RECOVERY_PATH } },
  });
  await audit(tx, {
    tenantId: tenant.id,
    actorKind: "system",
    actorId: null,
    action: "account.locked",
    targetKind: "account",
    targetId: account.id,
    ip: request.ip,
    userAgent: request.userAgent,
    details: { failedAttempts: row.failedAttempts },
  });
  return { locked: true };
}

export const isLocked = (account: Pick<Account, "lockedAt">) => account.lockedAt !== null;
