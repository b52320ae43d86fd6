import { and, eq, sql, type SQL } from "drizzle-orm";
import { accounts, consentEvents, type Account } from "@/db/schema";
import type { DbOrTx, Tx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import { addHours, now } from "@/lib/clock";
import { auditCustomer } from "@/lib/audit";
import { TOKEN_TTL_HOURS } from "@/lib/accounts/tokens";
import { acceptRegulation } from "@/lib/regulations/acceptance";
import { currentRegulation } from "@/lib/regulations/in-force";
import type { RequestMeta } from "@/lib/request/meta";

/** What both registration flows share: request data, answers, limits and the pending-account rules. */

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

/** The tenant's account that matches `where` (at most one does), or null. */
export async function tenantAccount(db: DbOrTx, tenantId: string, where: SQL): Promise<Account | null> {
  const [row] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), where))
    .limit(1);
  return row ?? null;
}

export const accountOfCustomer = (db: DbOrTx, tenantId: string, customerId: string) => tenantAccount(db, tenantId, eq(accounts.customerId, customerId));

export const accountByLogin = (db: DbOrTx, tenantId: string, login: string) => tenantAccount(db, tenantId, sql`lower(${accounts.login}) = lower(${login})`);

/** An unactivated registration whose link expired frees its customer and login (docs/accounts.md §2). Its tokens go with it. */
export async function deleteAccount(db: DbOrTx, account: Account): Promise<void> {
  await db.delete(accounts).where(and(eq(accounts.id, account.id), eq(accounts.tenantId, account.tenantId)));
}

type ConsentKind = "regulation" | "cookies" | "data_processing" | "e_invoice";

export async function recordConsents(
  db: DbOrTx,
  input: { tenantId: string; customerId: string; accountId: string; ip: string | null; consents: { kind: ConsentKind; granted: boolean }[] },
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
 * The step both registration flows end with, once the customer is proven and the login free: the
 * account is written pending activation (for the link's 24 hours), the consents of the form and the
 * acceptance of the regulation in force are recorded, and the registration is audited. The flow then
 * sends its own next step (the activation link, or the password step).
 */
export async function createPendingAccount(
  tx: Tx,
  tenant: Tenant,
  input: {
    customerId: string;
    login: string;
    email: string;
    phone?: string | null;
    consents: { kind: ConsentKind; granted: boolean }[];
    /** What the audit row says about the flow, besides the regulation version accepted. */
    details: Record<string, unknown>;
  },
  meta: RequestMeta,
): Promise<{ accountId: string; at: Date }> {
  const at = now();
  const [account] = await tx
    .insert(accounts)
    .values({
      tenantId: tenant.id,
      customerId: input.customerId,
      login: input.login,
      email: input.email,
      ...(input.phone !== undefined ? { phone: input.phone } : {}),
      status: "pending_activation",
      pendingUntil: addHours(at, TOKEN_TTL_HOURS),
      createdAt: at,
    })
    .returning();
  const accountId = account!.id;
  await recordConsents(tx, { tenantId: tenant.id, customerId: input.customerId, accountId, ip: meta.ip, consents: input.consents });
  const regulation = await currentRegulation(tx, tenant);
  await acceptRegulation(tx, { tenantId: tenant.id, accountId, versionId: regulation.id, ip: meta.ip });
  await auditCustomer({ db: tx, tenant, accountId }, meta, {
    action: "account.registered",
    targetKind: "account",
    targetId: accountId,
    details: { ...input.details, regulationVersion: regulation.version },
  });
  return { accountId, at };
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
