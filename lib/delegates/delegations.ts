import { and, desc, eq, gt, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { auditLog, customers, delegations, sessions, type Account, type DelegateRole, type Delegation, type Session } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { assertRole, ROLES, type CustomerRequest, type CustomerScope } from "@/lib/auth/customer-scope";
import type { RequestMeta } from "@/lib/request/meta";
import type { Tenant } from "@/lib/tenant/schema";
import { auditCustomer } from "@/lib/audit";
import { addDays, now } from "@/lib/clock";
import { hashToken, newToken } from "@/lib/auth/sessions";
import { sendEmail } from "@/lib/email/send";
import { DELEGATE_ROLE_LABELS, type DelegateStatus } from "@/lib/delegates/labels";
import { isUuid } from "@/lib/tickets/queries";
import { hitRateLimit } from "@/lib/security/rate-limit";

/**
 * Delegated access (docs/accounts.md §17, docs/decisions/0020-delegated-access.md). The holder
 * invites a person by e-mail with one role; the person accepts through the link while signed in with
 * their own account of this tenant; the session then may act for the holder's customer number
 * (lib/auth/customer-session.ts joins the delegation on every request). Revoking is immediate.
 */
export const INVITATION_DAYS = 7;

export type DelegateRow = Pick<Delegation, "id" | "email" | "role" | "createdAt" | "acceptedAt" | "revokedAt" | "revokedBy"> & {
  status: DelegateStatus;
  /** The delegate's own customer name, once accepted. */
  delegateName: string | null;
};

export function delegateStatus(row: Pick<Delegation, "acceptedAt" | "revokedAt" | "expiresAt">, at: Date = now()): DelegateStatus {
  if (row.revokedAt) return "revoked";
  if (row.acceptedAt) return "active";
  return row.expiresAt > at ? "invited" : "expired";
}

/** Every delegation of one customer, newest first (the holder's page and the console's customer screen). */
export async function delegatesOf(db: DbOrTx, tenantId: string, customerId: string): Promise<DelegateRow[]> {
  const rows = await db
    .select({
      id: delegations.id,
      email: delegations.email,
      role: delegations.role,
      createdAt: delegations.createdAt,
      acceptedAt: delegations.acceptedAt,
      revokedAt: delegations.revokedAt,
      revokedBy: delegations.revokedBy,
      expiresAt: delegations.expiresAt,
      delegateName: sql<
        string | null
      >`(select c.name from accounts a join customers c on c.tenant_id = a.tenant_id and c.id = a.customer_id where a.id = ${delegations.accountId})`,
    })
    .from(delegations)
    .where(and(eq(delegations.tenantId, tenantId), eq(delegations.customerId, customerId)))
    .orderBy(desc(delegations.createdAt));
  const at = now();
  return rows.map(({ expiresAt, ...row }) => ({ ...row, status: delegateStatus({ ...row, expiresAt }, at) }));
}

export type InviteInput = { email: string; role: DelegateRole };

/** Invitations are e-mails to addresses the holder types: at most this many per customer and hour. */
export const inviteRule = { name: "delegate-invite", limit: 10, windowSeconds: 3600 };

/**
 * The holder's invitation: a row with the SHA-256 of a one-time link token, the e-mail through the
 * outbox. Null when the customer has sent too many invitations within the hour.
 */
export async function inviteDelegate(scope: CustomerScope, request: RequestMeta, input: InviteInput): Promise<{ id: string } | null> {
  assertRole(scope, ROLES.holder);
  const { db, tenant } = scope;
  if (!(await hitRateLimit(db, inviteRule, `${tenant.id}:${scope.customerId}`)).allowed) return null;
  const token = newToken();
  const expiresAt = addDays(now(), INVITATION_DAYS);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(delegations)
      .values({
        tenantId: tenant.id,
        customerId: scope.customerId,
        role: input.role,
        email: input.email,
        tokenHash: hashToken(token),
        expiresAt,
        invitedBy: scope.accountId,
      })
      .returning({ id: delegations.id });
    const [customer] = await tx
      .select({ name: customers.name })
      .from(customers)
      .where(and(eq(customers.tenantId, tenant.id), eq(customers.id, scope.customerId)))
      .limit(1);
    const props = {
      customerName: customer?.name ?? scope.customerId,
      roleLabel: DELEGATE_ROLE_LABELS[input.role],
      path: `/pelnomocnictwo/${token}`,
      expiresAt,
    };
    await sendEmail(tx, { tenant, to: input.email, template: { name: "delegate-invitation", props } });
    await auditCustomer({ ...scope, db: tx }, request, {
      action: "delegate.invited",
      targetKind: "delegation",
      targetId: row!.id,
      details: { role: input.role },
    });
    return { id: row!.id };
  });
}

/** The open invitation a link names (GET shows it; nothing changes), or null: unknown, used, expired or revoked. */
export async function openInvitation(db: DbOrTx, tenant: Tenant, token: string) {
  const [row] = await db
    .select({ id: delegations.id, customerId: delegations.customerId, role: delegations.role, email: delegations.email, customerName: customers.name })
    .from(delegations)
    .innerJoin(customers, and(eq(customers.tenantId, delegations.tenantId), eq(customers.id, delegations.customerId)))
    .where(
      and(
        eq(delegations.tokenHash, hashToken(token)),
        eq(delegations.tenantId, tenant.id),
        isNull(delegations.acceptedAt),
        isNull(delegations.revokedAt),
        gt(delegations.expiresAt, now()),
      ),
    )
    .limit(1);
  return row ?? null;
}

export type AcceptResult = { ok: true; delegationId: string } | { ok: false; reason: "invalid" | "own" | "already" };

/** Who accepts: the signed-in account and its session, whether or not it acts for any customer now. */
export type Acceptor = { db: DbOrTx; tenant: Tenant; account: Pick<Account, "id" | "customerId">; session: Pick<Session, "id"> };

/**
 * "Przyjmij pełnomocnictwo" (a POST): binds the invitation to the signed-in account and spends its
 * token, in one UPDATE whose WHERE holds every rule (this tenant, open, not the holder's own customer),
 * then makes this session act for the customer. Any signed-in account may accept — a delegate-only one
 * whose delegations have all ended too, so it takes no CustomerScope.
 */
export async function acceptInvitation(acceptor: Acceptor, request: RequestMeta, token: string): Promise<AcceptResult> {
  const { db, tenant, account, session } = acceptor;
  const open = await openInvitation(db, tenant, token);
  if (!open) return { ok: false, reason: "invalid" };
  if (open.customerId === account.customerId) return { ok: false, reason: "own" };
  const [live] = await db
    .select({ id: delegations.id })
    .from(delegations)
    .where(
      and(
        eq(delegations.tenantId, tenant.id),
        eq(delegations.customerId, open.customerId),
        eq(delegations.accountId, account.id),
        isNull(delegations.revokedAt),
      ),
    )
    .limit(1);
  if (live) return { ok: false, reason: "already" };
  return db.transaction(async (tx) => {
    const accepted = await bindInvitation(tx, tenant, request, open.id, account, session.id);
    return accepted ? ({ ok: true, delegationId: accepted } as const) : ({ ok: false, reason: "invalid" } as const);
  });
}

/**
 * Binds an open invitation to `account` and spends its token in one UPDATE whose WHERE holds every
 * rule (this tenant, open, not the account's own customer), makes the session act under it and audits
 * the acceptance. Returns the delegation's id, or null when the invitation is no longer open.
 */
export async function bindInvitation(
  tx: DbOrTx,
  tenant: Tenant,
  request: RequestMeta,
  invitationId: string,
  account: Pick<Account, "id" | "customerId">,
  sessionId: string,
): Promise<string | null> {
  const [accepted] = await tx
    .update(delegations)
    .set({ accountId: account.id, acceptedAt: now(), tokenHash: null })
    .where(
      and(
        eq(delegations.id, invitationId),
        eq(delegations.tenantId, tenant.id),
        isNull(delegations.acceptedAt),
        isNull(delegations.revokedAt),
        gt(delegations.expiresAt, now()),
        account.customerId === null ? undefined : ne(delegations.customerId, account.customerId),
      ),
    )
    .returning({ id: delegations.id, customerId: delegations.customerId });
  if (!accepted) return null;
  await tx.update(sessions).set({ delegationId: accepted.id }).where(eq(sessions.id, sessionId));
  // The delegate's first act for the customer: audited with both identities, like all that follow.
  const acting = { db: tx, tenant, accountId: account.id, customerId: accepted.customerId, delegationId: accepted.id };
  await auditCustomer(acting, request, { action: "delegate.accepted", targetKind: "delegation", targetId: accepted.id });
  return accepted.id;
}

/** A customer the signed-in account may act for: its own (delegationId null) or a live delegation. */
export type ActingOption = { delegationId: string | null; customerName: string; role: DelegateRole | null };

/**
 * The header's switcher: the account's own customer first, then every accepted, unrevoked delegation.
 * A delegate-only account has no own customer: its delegations alone, and no switcher for just one.
 */
export async function actingOptions(db: DbOrTx, tenantId: string, account: { id: string; customerId: string | null; login: string }): Promise<ActingOption[]> {
  const rows = await db
    .select({ delegationId: delegations.id, customerName: customers.name, customerId: customers.id, role: delegations.role })
    .from(delegations)
    .innerJoin(customers, and(eq(customers.tenantId, delegations.tenantId), eq(customers.id, delegations.customerId)))
    .where(and(eq(delegations.tenantId, tenantId), eq(delegations.accountId, account.id), isNotNull(delegations.acceptedAt), isNull(delegations.revokedAt)))
    .orderBy(customers.name);
  if (rows.length === 0) return [];
  const delegated = rows.map((r) => ({ delegationId: r.delegationId, customerName: r.customerName ?? r.customerId, role: r.role }));
  if (account.customerId === null) return delegated.length > 1 ? delegated : [];
  const [own] = await db
    .select({ name: customers.name })
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, account.customerId)))
    .limit(1);
  return [{ delegationId: null, customerName: own?.name ?? account.login, role: null }, ...delegated];
}

/**
 * The switcher's POST: this session acts for `delegationId` (null: the account's own customer). The
 * delegation is checked in the UPDATE's own WHERE (this tenant, this account, accepted, not revoked),
 * so a forged or revoked id changes nothing. Starting to act for a customer is audited with both
 * identities. Returns whether the switch happened.
 */
export async function switchActing(customer: CustomerRequest, request: RequestMeta, delegationId: string | null): Promise<boolean> {
  const { scope, account, session } = customer;
  const { db, tenant } = scope;
  if (delegationId === null) {
    // A delegate-only account has no customer of its own to go back to.
    if (account.customerId === null) return false;
    await db.update(sessions).set({ delegationId: null }).where(eq(sessions.id, session.id));
    return true;
  }
  if (!isUuid(delegationId)) return false;
  const [live] = await db
    .select({ id: delegations.id, customerId: delegations.customerId })
    .from(delegations)
    .where(
      and(
        eq(delegations.id, delegationId),
        eq(delegations.tenantId, tenant.id),
        eq(delegations.accountId, account.id),
        isNotNull(delegations.acceptedAt),
        isNull(delegations.revokedAt),
      ),
    )
    .limit(1);
  if (!live) return false;
  await db.update(sessions).set({ delegationId: live.id }).where(eq(sessions.id, session.id));
  const acting = { db, tenant, accountId: account.id, customerId: live.customerId, delegationId: live.id };
  await auditCustomer(acting, request, { action: "delegate.switched", targetKind: "delegation", targetId: live.id });
  return true;
}

/** Who revoked: the holder (or the delegate giving it up) or a staff member. */
export type Revoker = { kind: "holder" } | { kind: "delegate" } | { kind: "staff"; staffId: string };

/**
 * Ends a delegation at once: the session lookup stops matching it at the delegate's next request.
 * Only a row of this tenant and customer, not yet revoked; returns whether one was.
 */
export async function revokeDelegation(db: DbOrTx, tenantId: string, customerId: string, delegationId: string, by: Revoker): Promise<boolean> {
  if (!isUuid(delegationId)) return false;
  const revokedBy = by.kind === "staff" ? `staff:${by.staffId}` : by.kind;
  const rows = await db
    .update(delegations)
    .set({ revokedAt: now(), revokedBy, tokenHash: null })
    .where(and(eq(delegations.id, delegationId), eq(delegations.tenantId, tenantId), eq(delegations.customerId, customerId), isNull(delegations.revokedAt)))
    .returning({ id: delegations.id });
  return rows.length > 0;
}

/** The holder's "Odwołaj" on Ustawienia → Pełnomocnicy. */
export async function revokeByHolder(scope: CustomerScope, request: RequestMeta, delegationId: string): Promise<boolean> {
  assertRole(scope, ROLES.holder);
  const done = await revokeDelegation(scope.db, scope.tenant.id, scope.customerId, delegationId, { kind: "holder" });
  if (done) await auditCustomer(scope, request, { action: "delegate.revoked", targetKind: "delegation", targetId: delegationId, details: {} });
  return done;
}

export type DelegateAction = { at: Date; action: string; actorId: string | null; delegateEmail: string | null };

/** The delegates' audited actions for this customer, newest first (the holder's short list). */
export async function delegateActions(scope: CustomerScope, limit = 20): Promise<DelegateAction[]> {
  assertRole(scope, ROLES.holder);
  return scope.db
    .select({
      at: auditLog.at,
      action: auditLog.action,
      actorId: auditLog.actorId,
      delegateEmail: delegations.email,
    })
    .from(auditLog)
    .leftJoin(delegations, sql`${delegations.id}::text = ${auditLog.details}->>'delegationId'`)
    .where(and(eq(auditLog.tenantId, scope.tenant.id), eq(auditLog.actorKind, "customer"), sql`${auditLog.details}->>'onBehalfOf' = ${scope.customerId}`))
    .orderBy(desc(auditLog.at))
    .limit(limit);
}
