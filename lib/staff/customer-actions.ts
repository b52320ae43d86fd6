import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { accounts, customers } from "@/db/schema";
import type { Db, DbOrTx } from "@/db/client";
import { addHours, now } from "@/lib/clock";
import { sendEmail } from "@/lib/email/send";
import { issueLinkToken, TOKEN_TTL_HOURS } from "@/lib/accounts/tokens";
import { identifiersOf, liftRegistrationBlock, registrationBlockedUntil } from "@/lib/accounts/registration-limits";
import { tenantById } from "@/lib/tenant/registry";
import { auditStaffAction } from "./common";
import type { StaffRequest } from "./session-store";
import type { IdentifierKind, QueryShape, StaffScope } from "./customers";

/**
 * What staff do to a customer's account from the console, and the audit rows of looking customers
 * up. Every write has the staff member's tenants in its WHERE clause; an account outside them is
 * "not found", exactly like one that does not exist.
 */
export type StaffActor = { staff: Pick<StaffScope, "id" | "tenants">; request: StaffRequest };


/** The kind of identifier and the number of hits only: the searched value (a PESEL…) stays out of the log. */
export function auditCustomerSearch(
  db: DbOrTx,
  actor: StaffActor,
  search: { tenantId: string | null; shape: QueryShape; matchedBy: IdentifierKind[]; results: number },
): Promise<void> {
  return auditStaffAction(db, actor, "customer.searched", {
    tenantId: search.tenantId,
    kind: "customer",
    id: null,
    details: { identifier: search.shape, matchedBy: search.matchedBy, results: search.results },
  });
}

export function auditCustomerView(db: DbOrTx, actor: StaffActor, tenantId: string, customerId: string): Promise<void> {
  return auditStaffAction(db, actor, "customer.viewed", { tenantId, kind: "customer", id: customerId });
}

export type AccountActionResult = { ok: true; login: string; email: string } | { ok: false; reason: "not-found" | "not-locked" | "not-pending" | "not-offered" };

async function scopedAccount(db: DbOrTx, actor: StaffActor, tenantId: string, accountId: string) {
  if (!actor.staff.tenants.includes(tenantId) || !/^[0-9a-f-]{36}$/i.test(accountId)) return null;
  const [account] = await db
    .select()
    .from(accounts)
    .where(and(inArray(accounts.tenantId, actor.staff.tenants), eq(accounts.tenantId, tenantId), eq(accounts.id, accountId)))
    .limit(1);
  return account ?? null;
}

/**
 * "Odblokuj": clears the lock and the failed-attempt count, tells the owner by e-mail and audits
 * it, in one transaction. The password stays as it was: the owner signs in with it again.
 */
export async function unlockAccount(db: Db, actor: StaffActor, input: { tenantId: string; accountId: string }): Promise<AccountActionResult> {
  const tenant = tenantById(input.tenantId);
  if (!tenant) return { ok: false, reason: "not-found" };
  return db.transaction(async (tx): Promise<AccountActionResult> => {
    const account = await scopedAccount(tx, actor, tenant.id, input.accountId);
    if (!account) return { ok: false, reason: "not-found" };
    const at = now();
    const [unlocked] = await tx
      .update(accounts)
      .set({ lockedAt: null, failedAttempts: 0 })
      .where(and(inArray(accounts.tenantId, actor.staff.tenants), eq(accounts.tenantId, tenant.id), eq(accounts.id, account.id), isNotNull(accounts.lockedAt)))
      .returning({ id: accounts.id });
    if (!unlocked) return { ok: false, reason: "not-locked" };
    await sendEmail(tx, { tenant, to: account.email, template: { name: "account-unlocked", props: { login: account.login, unlockedAt: at } } });
    await auditStaffAction(tx, actor, "account.unlocked", {
      tenantId: tenant.id,
      kind: "account",
      id: account.id,
      details: { login: account.login, failedAttempts: account.failedAttempts, lockedAt: account.lockedAt?.toISOString() ?? null },
    });
    return { ok: true, login: account.login, email: account.email };
  });
}

/**
 * "Wyślij ponownie link aktywacyjny" for a registration by contract (POLO, POLSp): a new link (the
 * older ones stop working — issueLinkToken) and a new 24-hour reservation of the login, so the
 * account is not freed while its link is still good. The customer-number flow (MPEC) has no link:
 * its password is set right after registration, and repeating the registration starts afresh.
 */
export async function resendActivation(db: Db, actor: StaffActor, input: { tenantId: string; accountId: string }): Promise<AccountActionResult> {
  const tenant = tenantById(input.tenantId);
  if (!tenant) return { ok: false, reason: "not-found" };
  return db.transaction(async (tx): Promise<AccountActionResult> => {
    const account = await scopedAccount(tx, actor, tenant.id, input.accountId);
    if (!account) return { ok: false, reason: "not-found" };
    if (tenant.registration.flow !== "contract") return { ok: false, reason: "not-offered" };
    const at = now();
    const pendingUntil = addHours(at, TOKEN_TTL_HOURS);
    const [pending] = await tx
      .update(accounts)
      .set({ pendingUntil })
      .where(and(inArray(accounts.tenantId, actor.staff.tenants), eq(accounts.tenantId, tenant.id), eq(accounts.id, account.id), eq(accounts.status, "pending_activation")))
      .returning({ id: accounts.id });
    if (!pending) return { ok: false, reason: "not-pending" };
    const token = await issueLinkToken(tx, { tenantId: tenant.id, accountId: account.id, purpose: "activation" });
    await sendEmail(tx, { tenant, to: account.email, template: { name: "activation", props: { login: account.login, path: `/aktywacja/${token}`, expiresAt: pendingUntil } } });
    await auditStaffAction(tx, actor, "account.activation_resent", { tenantId: tenant.id, kind: "account", id: account.id, details: { login: account.login } });
    return { ok: true, login: account.login, email: account.email };
  });
}

export type RegistrationUnblockResult = { ok: true } | { ok: false; reason: "not-found" | "not-blocked" };

/**
 * "Odblokuj rejestrację": after five failed proofs of identity registration for the customer's
 * number, PESEL/NIP or contract stops for 24 hours (S26 in docs/security.md) and the refusal sends
 * the person to customer service. Staff who have checked who is calling lift the block here, which
 * also forgets the failed proofs; audited. Scoped like every staff write: a customer outside the
 * staff member's tenants is "not found".
 */
export async function unblockRegistration(db: Db, actor: StaffActor, input: { tenantId: string; customerId: string }): Promise<RegistrationUnblockResult> {
  if (!actor.staff.tenants.includes(input.tenantId)) return { ok: false, reason: "not-found" };
  return db.transaction(async (tx): Promise<RegistrationUnblockResult> => {
    const [customer] = await tx
      .select({ id: customers.id, customerNumber: customers.customerNumber, pesel: customers.pesel, nip: customers.nip })
      .from(customers)
      .where(and(inArray(customers.tenantId, actor.staff.tenants), eq(customers.tenantId, input.tenantId), eq(customers.id, input.customerId)))
      .limit(1);
    if (!customer) return { ok: false, reason: "not-found" };
    const ids = await identifiersOf(tx, input.tenantId, customer);
    const blockedUntil = await registrationBlockedUntil(tx, input.tenantId, ids);
    if (!blockedUntil || !(await liftRegistrationBlock(tx, input.tenantId, ids))) return { ok: false, reason: "not-blocked" };
    await auditStaffAction(tx, actor, "registration.unblocked", { tenantId: input.tenantId, kind: "customer", id: customer.id, details: { blockedUntil: blockedUntil.toISOString() } });
    return { ok: true };
  });
}
