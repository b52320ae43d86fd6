import { and, eq, sql } from "drizzle-orm";
import { accounts, consentEvents, type Account } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import { now } from "@/lib/clock";

/** What both registration flows share: request data, answers, limits and the pending-account rules. */

export type RequestMeta = { ip: string | null; userAgent: string | null };

export type RegistrationFailure = { ok: false; fieldErrors?: Record<string, string[]>; formError?: string; message?: string };

/** "tel. …, e-mail … (klienci indywidualni) lub … (klienci biznesowi)" — every refusal ends with where to get help. */
export function contactsSentence(tenant: Tenant): string {
  const c = tenant.contacts;
  return `Biuro Obsługi Klienta: tel. ${c.phone}, e-mail ${c.emailIndividual} (klienci indywidualni) lub ${c.emailBusiness} (klienci biznesowi).`;
}

/**
 * Server actions are reachable on every host, so each flow checks that this tenant registers this
 * way — a page that only shows the right form is not enough.
 */
export const FLOW_NOT_OFFERED = "Ten sposób rejestracji nie jest dostępny w tym serwisie.";
export const offersFlow = (tenant: Tenant, flow: Tenant["registration"]["flow"]) => tenant.registration.flow === flow;

export const isExpiredPending = (account: Pick<Account, "status" | "pendingUntil">) =>
  account.status === "pending_activation" && (!account.pendingUntil || account.pendingUntil <= now());

export async function accountOfCustomer(db: DbOrTx, tenantId: string, customerId: string): Promise<Account | null> {
  const [row] = await db.select().from(accounts).where(and(eq(accounts.tenantId, tenantId), eq(accounts.customerId, customerId))).limit(1);
  return row ?? null;
}

export async function accountByLogin(db: DbOrTx, tenantId: string, login: string): Promise<Account | null> {
  const [row] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), sql`lower(${accounts.login}) = lower(${login})`))
    .limit(1);
  return row ?? null;
}

/** An unactivated registration whose link expired frees its customer and login (SPEC §3). Its tokens go with it. */
export async function deleteAccount(db: DbOrTx, account: Account): Promise<void> {
  await db.delete(accounts).where(and(eq(accounts.id, account.id), eq(accounts.tenantId, account.tenantId)));
}

export async function recordConsents(
  db: DbOrTx,
  input: { tenantId: string; customerId: string; accountId: string; ip: string | null; consents: { kind: "regulation" | "cookies" | "data_processing" | "e_invoice"; granted: boolean }[] },
): Promise<void> {
  const at = now();
  await db.insert(consentEvents).values(
    input.consents.map((c) => ({
      tenantId: input.tenantId,
      customerId: input.customerId,
      accountId: input.accountId,
      kind: c.kind,
      granted: c.granted,
      source: "registration",
      ip: input.ip,
      createdAt: at,
    })),
  );
}

/**
 * The unique index a failed insert ran into ("accounts_login_idx"…), or null for any other error.
 * Two registrations racing past the checks meet here; drizzle wraps the driver's error in `cause`.
 */
export function uniqueViolation(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const candidate = e as { code?: string; constraint?: string; constraint_name?: string; message?: string };
    if (candidate.code === "23505") {
      return candidate.constraint_name ?? candidate.constraint ?? /unique constraint "([^"]+)"/.exec(candidate.message ?? "")?.[1] ?? "unknown";
    }
  }
  return null;
}
