import { and, eq, inArray, isNotNull, type SQL } from "drizzle-orm";
import { accounts, customers, type Account } from "@/db/schema";
import { addHours, now } from "@/lib/clock";
import { sendEmail } from "@/lib/email/send";
import { issueLinkToken, TOKEN_TTL_HOURS } from "@/lib/accounts/tokens";
import { identifiersOf, liftRegistrationBlock, registrationBlockedUntil } from "@/lib/accounts/registration-limits";
import { resetSecondFactor } from "@/lib/accounts/second-factor";
import { tenantById } from "@/lib/tenant/registry";
import type { Tenant } from "@/lib/tenant/schema";
import { auditStaffAction } from "./common";
import { revokeDelegation } from "@/lib/delegates/delegations";
import type { IdentifierKind, QueryShape } from "./customers";
import type { StaffScope, StaffTxScope } from "./scope";

/**
 * What staff do to a customer's account from the console, and the audit rows of looking customers
 * up. Every write has the staff member's tenants in its WHERE clause; an account outside them is
 * "not found", exactly like one that does not exist.
 */

/** The kind of identifier and the number of hits only: the searched value (a PESEL…) stays out of the log. */
export function auditCustomerSearch(
  scope: StaffScope,
  search: { tenantId: string | null; shape: QueryShape; matchedBy: IdentifierKind[]; results: number },
): Promise<void> {
  return auditStaffAction(scope, "customer.searched", {
    tenantId: search.tenantId,
    kind: "customer",
    id: null,
    details: { identifier: search.shape, matchedBy: search.matchedBy, results: search.results },
  });
}

export function auditCustomerView(scope: StaffScope, tenantId: string, customerId: string): Promise<void> {
  return auditStaffAction(scope, "customer.viewed", { tenantId, kind: "customer", id: customerId });
}

export type AccountActionResult =
  { ok: true; login: string; email: string } | { ok: false; reason: "not-found" | "not-locked" | "not-pending" | "not-offered" | "no-second-factor" };

type AccountInput = { tenantId: string; accountId: string };
type ScopedAccountWork = (tx: StaffTxScope, tenant: Tenant, account: Account, same: SQL) => Promise<AccountActionResult>;

/**
 * The opening of every account action: a known tenant, one transaction, and the account only within
 * the staff member's tenants. `same` is the WHERE clause that pins the account (with the scope) for
 * the action's conditional update.
 */
async function onScopedAccount(scope: StaffScope, input: AccountInput, work: ScopedAccountWork): Promise<AccountActionResult> {
  const tenant = tenantById(input.tenantId);
  if (!tenant || !scope.staff.tenants.includes(tenant.id) || !/^[0-9a-f-]{36}$/i.test(input.accountId)) return { ok: false, reason: "not-found" };
  return scope.db.transaction(async (tx): Promise<AccountActionResult> => {
    const same = and(inArray(accounts.tenantId, scope.staff.tenants), eq(accounts.tenantId, tenant.id), eq(accounts.id, input.accountId))!;
    const [account] = await tx.select().from(accounts).where(same).limit(1);
    if (!account) return { ok: false, reason: "not-found" };
    return work({ ...scope, db: tx }, tenant, account, same);
  });
}

/**
 * "Odblokuj": clears the lock and the failed-attempt count, tells the owner by e-mail and audits
 * it, in one transaction. The password stays as it was: the owner signs in with it again.
 */
export function unlockAccount(scope: StaffScope, input: AccountInput): Promise<AccountActionResult> {
  return onScopedAccount(scope, input, async (tx, tenant, account, same) => {
    const at = now();
    const [unlocked] = await tx.db
      .update(accounts)
      .set({ lockedAt: null, failedAttempts: 0 })
      .where(and(same, isNotNull(accounts.lockedAt)))
      .returning({ id: accounts.id });
    if (!unlocked) return { ok: false, reason: "not-locked" };
    await sendEmail(tx.db, { tenant, to: account.email, template: { name: "account-unlocked", props: { login: account.login, unlockedAt: at } } });
    await auditStaffAction(tx, "account.unlocked", {
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
export function resendActivation(scope: StaffScope, input: AccountInput): Promise<AccountActionResult> {
  return onScopedAccount(scope, input, async (tx, tenant, account, same) => {
    if (tenant.registration.flow !== "contract") return { ok: false, reason: "not-offered" };
    const pendingUntil = addHours(now(), TOKEN_TTL_HOURS);
    const [pending] = await tx.db
      .update(accounts)
      .set({ pendingUntil })
      .where(and(same, eq(accounts.status, "pending_activation")))
      .returning({ id: accounts.id });
    if (!pending) return { ok: false, reason: "not-pending" };
    const token = await issueLinkToken(tx.db, { tenantId: tenant.id, accountId: account.id, purpose: "activation" });
    await sendEmail(tx.db, {
      tenant,
      to: account.email,
      template: { name: "activation", props: { login: account.login, path: `/aktywacja/${token}`, expiresAt: pendingUntil } },
    });
    await auditStaffAction(tx, "account.activation_resent", { tenantId: tenant.id, kind: "account", id: account.id, details: { login: account.login } });
    return { ok: true, login: account.login, email: account.email };
  });
}

/**
 * "Resetuj drugi składnik" (docs/console.md §11): for a customer who lost the phone and the recovery
 * codes, after staff have checked who is calling. The factor, its recovery codes and remembered
 * devices go; the owner is told by e-mail and signs in with the password alone until turning it on
 * again. Audited; scoped like every account action.
 */
export function resetCustomerSecondFactor(scope: StaffScope, input: AccountInput): Promise<AccountActionResult> {
  return onScopedAccount(scope, input, async (tx, tenant, account) => {
    if (!(await resetSecondFactor(tx.db, tenant, account))) return { ok: false, reason: "no-second-factor" };
    await auditStaffAction(tx, "account.second_factor_reset", { tenantId: tenant.id, kind: "account", id: account.id, details: { login: account.login } });
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
export async function unblockRegistration(scope: StaffScope, input: { tenantId: string; customerId: string }): Promise<RegistrationUnblockResult> {
  if (!scope.staff.tenants.includes(input.tenantId)) return { ok: false, reason: "not-found" };
  return scope.db.transaction(async (tx): Promise<RegistrationUnblockResult> => {
    const [customer] = await tx
      .select({ id: customers.id, customerNumber: customers.customerNumber, pesel: customers.pesel, nip: customers.nip })
      .from(customers)
      .where(and(inArray(customers.tenantId, scope.staff.tenants), eq(customers.tenantId, input.tenantId), eq(customers.id, input.customerId)))
      .limit(1);
    if (!customer) return { ok: false, reason: "not-found" };
    const ids = await identifiersOf(tx, input.tenantId, customer);
    const blockedUntil = await registrationBlockedUntil(tx, input.tenantId, ids);
    if (!blockedUntil || !(await liftRegistrationBlock(tx, input.tenantId, ids))) return { ok: false, reason: "not-blocked" };
    await auditStaffAction({ ...scope, db: tx }, "registration.unblocked", {
      tenantId: input.tenantId,
      kind: "customer",
      id: customer.id,
      details: { blockedUntil: blockedUntil.toISOString() },
    });
    return { ok: true };
  });
}

/**
 * "Odwołaj pełnomocnictwo" on a customer's page (docs/console.md §12): ends a delegation of a customer
 * within the staff member's tenants at once (the delegate's sessions lose the customer at their next
 * request) and audits it. False when there is no such live delegation.
 */
export async function revokeDelegateByStaff(scope: StaffScope, input: { tenantId: string; customerId: string; delegationId: string }): Promise<boolean> {
  if (!scope.staff.tenants.includes(input.tenantId)) return false;
  return scope.db.transaction(async (tx) => {
    const done = await revokeDelegation(tx, input.tenantId, input.customerId, input.delegationId, { kind: "staff", staffId: scope.staff.id });
    if (done)
      await auditStaffAction({ ...scope, db: tx }, "delegate.revoked", {
        tenantId: input.tenantId,
        kind: "delegation",
        id: input.delegationId,
        details: { customerId: input.customerId },
      });
    return done;
  });
}
