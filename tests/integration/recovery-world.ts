import { randomUUID } from "node:crypto";
import { afterEach } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accounts, customers, emailOutbox, rateLimits, type Account, type HolderAccount } from "@/db/schema";
import { hashSecret } from "@/lib/auth/password-hash";
import { setClockOffsetSeconds } from "@/lib/clock";
import { setupTestDb, type TestDb } from "@/tests/helpers/db";

/** Customers with accounts written straight into a test database, for the recovery and password-change tests. */
export const OLD_PASSWORD = "Stare-Haslo-42";

export async function addAccount(
  db: Db,
  tenantId: string,
  options: { login?: string; email?: string; status?: Account["status"]; pesel?: string; customerNumber?: string; lockedAt?: Date | null } = {},
): Promise<HolderAccount> {
  const customerId = `C-${randomUUID()}`;
  const address = { street: "ul. Polna", building: "2", postalCode: "00-002", city: "Warszawa" };
  await db.insert(customers).values({
    tenantId,
    id: customerId,
    kind: "individual",
    pesel: options.pesel ?? null,
    customerNumber: options.customerNumber ?? null,
    name: "Jan Nowak",
    address,
  });
  const [account] = await db
    .insert(accounts)
    .values({
      tenantId,
      customerId,
      login: options.login ?? `login-${randomUUID().slice(0, 8)}`,
      email: options.email ?? `${randomUUID().slice(0, 8)}@example.pl`,
      status: options.status ?? "active",
      passwordHash: await hashSecret(OLD_PASSWORD),
      lockedAt: options.lockedAt ?? null,
      failedAttempts: options.lockedAt ? 5 : 0,
    })
    .returning();
  return { ...account!, customerId };
}

export async function mailsTo(db: Db, to: string, template?: string) {
  const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.to, to));
  return template ? rows.filter((r) => r.template === template) : rows;
}

export async function reloadAccount(db: Db, id: string): Promise<Account> {
  const [account] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.id, id)));
  return account!;
}

export const requestCtx = (ip = "198.51.100.10") => ({ ip, userAgent: "vitest" });

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The file's database (setupTestDb) for the recovery, reminder and password-change tests: after every
 * test the clock is back at now and the rate limits are emptied, or one test's attempts would count
 * against the next.
 */
export function setupRecoveryDb(): TestDb {
  const handle = setupTestDb();
  afterEach(async () => {
    setClockOffsetSeconds(0);
    await handle.db.delete(rateLimits);
  });
  return handle;
}
