import { sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import type { Db } from "@/db/client";
import { accounts, regulationAcceptances } from "@/db/schema";
import { hashSecret } from "@/lib/auth/password-hash";
import { createSession, ABSOLUTE_HOURS } from "@/lib/auth/sessions";
import { currentRegulation } from "@/lib/regulations/in-force";
import { sessionCookieName } from "@/lib/auth/nextauth";
import type { Tenant } from "@/lib/tenant/schema";

/**
 * Signed-up customers for the measurements, written straight into the bench database as
 * tests/e2e/recovery-accounts.ts does (active, the current regulation accepted). All share one
 * password, hashed once with the app's argon2 parameters, so creating hundreds costs one hash.
 */
export const BENCH_PASSWORD = "Bench-Haslo-2026!";
let passwordHash: Promise<string> | undefined;

export type BenchAccount = { tenantId: string; accountId: string; customerId: string; login: string };

/** `count` accounts for customers of `tenant` that have none yet, spread over the whole table (md5 order). */
export async function createAccounts(db: Db, tenant: Tenant, count: number, label: string): Promise<BenchAccount[]> {
  passwordHash ??= hashSecret(BENCH_PASSWORD);
  const hash = await passwordHash;
  const rows = (await db.execute(sql`
    SELECT c.id, c.customer_number, c.email FROM customers c
    WHERE c.tenant_id = ${tenant.id} AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.tenant_id = c.tenant_id AND a.customer_id = c.id)
    ORDER BY md5(c.id || ${label}) LIMIT ${count}`)) as unknown as { id: string; customer_number: string; email: string | null }[];
  const regulation = await currentRegulation(db, tenant);
  const values = rows.map((c) => ({
    tenantId: tenant.id,
    customerId: c.id,
    login: tenant.identifier === "customer-number" ? c.customer_number : `bench.${c.id.toLowerCase()}`,
    email: c.email ?? `${c.id.toLowerCase()}@bench.invalid`,
    status: "active" as const,
    passwordHash: hash,
    activatedAt: new Date(),
  }));
  if (values.length === 0) return [];
  const created = await db.insert(accounts).values(values).returning();
  await db.insert(regulationAcceptances).values(created.map((a) => ({ tenantId: tenant.id, accountId: a.id, regulationVersionId: regulation.id })));
  return created.map((a) => ({ tenantId: tenant.id, accountId: a.id, customerId: a.customerId!, login: a.login }));
}

/**
 * A database session (lib/auth/sessions.ts) and the Auth.js cookie that carries its token — the
 * same encrypted JWT the sign-in action makes: `{ sid }`, salted with the cookie name, keyed with
 * AUTH_SECRET. The server checks the row on every request, exactly as after a real sign-in.
 */
export async function sessionCookie(db: Db, account: BenchAccount): Promise<string> {
  const { token } = await createSession(db, { tenantId: account.tenantId, accountId: account.accountId, ip: "127.0.0.1", userAgent: "mojbok-bench" });
  const name = sessionCookieName();
  const jwt = await encode({ token: { sid: token }, secret: process.env.AUTH_SECRET!, salt: name, maxAge: ABSOLUTE_HOURS * 3600 });
  return `${name}=${jwt}`;
}
