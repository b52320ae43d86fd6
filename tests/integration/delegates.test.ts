import { afterEach, describe, expect, it } from "vitest";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import type { HolderAccount } from "@/db/schema";
import { loadCustomerSession } from "@/lib/auth/customer-session";
import { createSession, hashToken } from "@/lib/auth/sessions";
import { RoleRefused, scopeOf, type CustomerRequest, type CustomerScope } from "@/lib/auth/customer-scope";
import { setClockOffsetSeconds } from "@/lib/clock";
import { auditCustomer } from "@/lib/audit";
import { saveConsents } from "@/lib/my-data/consents";
import { listTickets } from "@/lib/tickets/queries";
import { ticketsAtGlance } from "@/lib/dashboard/tickets";
import { quotePayment } from "@/lib/payments/quote";
import {
  acceptInvitation,
  actingOptions,
  delegateActions,
  delegatesOf,
  INVITATION_DAYS,
  inviteDelegate,
  inviteRule,
  openInvitation,
  revokeByHolder,
  switchActing,
  type Acceptor,
} from "@/lib/delegates/delegations";
import { auditRows } from "@/tests/helpers/audit";
import { invitationToken as invitationTokenIn } from "@/tests/integration/delegate-fixtures";
import { customerScope } from "@/tests/helpers/scope";
import { staffScope } from "@/tests/helpers/staff-scope";
import { customerDetail } from "@/lib/staff/customer-detail";
import { revokeDelegateByStaff } from "@/lib/staff/customer-actions";
import { createAccount, request, tenant } from "@/tests/integration/sign-in-fixtures";

const handle = setupTestDb();
afterEach(() => setClockOffsetSeconds(0));
const polo = tenant("polo");

async function signedIn(tenantId = "polo") {
  const account = await createAccount(handle.db, { tenantId });
  const { token, session } = await createSession(handle.db, { tenantId, accountId: account.id });
  return { account, token, session };
}

const holderScope = (account: HolderAccount): CustomerScope => customerScope(handle.db, account.tenantId, account.customerId, account.id);

/**
 * The CustomerRequest requireCustomer would give this session now (its own scope while it acts for
 * nobody; scopeOf is requireCustomer's own), with db and tenant for acceptInvitation.
 */
async function requestOf(token: string): Promise<CustomerRequest & Acceptor> {
  const found = await loadCustomerSession(handle.db, polo, token);
  if (!found.ok) throw new Error(found.reason);
  const { account, session, customerName, actsForOthers } = found.found;
  const scope = scopeOf(handle.db, { tenant: polo, ...found.found });
  if (!scope) throw new Error("no customer");
  return { scope, account, session, customerName, sessionToken: token, actsForOthers, db: handle.db, tenant: polo };
}

const invitationToken = (to: string) => invitationTokenIn(handle.db, to);

async function delegation(role: "view" | "payments" | "full" = "view") {
  const holder = await signedIn();
  const delegate = await signedIn();
  const email = `pelnomocnik-${delegate.account.id.slice(0, 8)}@example.pl`;
  await inviteDelegate(holderScope(holder.account), request, { email, role });
  const token = await invitationToken(email);
  return { holder, delegate, token };
}

describe(`delegated access (${testDbKind})`, () => {
  it("an invitation goes out through the outbox; its link token is stored only as a hash; opening it changes nothing", async () => {
    const { holder, token } = await delegation("payments");
    const [row] = await delegatesOf(handle.db, "polo", holder.account.customerId);
    expect(row).toMatchObject({ role: "payments", status: "invited", acceptedAt: null });
    const open = await openInvitation(handle.db, polo, token);
    expect(open).toMatchObject({ customerId: holder.account.customerId, role: "payments", customerName: "Jan Nowak" });
    expect(await openInvitation(handle.db, polo, token)).not.toBeNull();
    expect(await openInvitation(handle.db, tenant("polsp"), token)).toBeNull();
    expect((await auditRows(handle.db, "delegate.invited", "actorId", holder.account.id)).length).toBe(1);
  });

  it("a customer sends at most the limit of invitations an hour", async () => {
    const holder = await signedIn();
    const scope = holderScope(holder.account);
    for (let i = 0; i < inviteRule.limit; i++) expect(await inviteDelegate(scope, request, { email: `z${i}@example.pl`, role: "view" })).not.toBeNull();
    expect(await inviteDelegate(scope, request, { email: "za-duzo@example.pl", role: "view" })).toBeNull();
  });

  it("accepting binds the delegate's own account, once; the session then acts for the holder with the role", async () => {
    const { holder, delegate, token } = await delegation("full");
    const result = await acceptInvitation(await requestOf(delegate.token), request, token);
    expect(result.ok).toBe(true);
    const acting = await requestOf(delegate.token);
    expect(acting.scope).toMatchObject({ customerId: holder.account.customerId, accountId: delegate.account.id, role: "delegate-full" });
    expect(acting.customerName).toBe("Jan Nowak");
    expect(acting.actsForOthers).toBe(true);
    expect((await requestOf(holder.token)).actsForOthers).toBe(false);
    // Single use: the token is spent.
    expect(await openInvitation(handle.db, polo, token)).toBeNull();
    const other = await signedIn();
    expect(await acceptInvitation(await requestOf(other.token), request, token)).toEqual({ ok: false, reason: "invalid" });
  });

  it("the holder cannot accept their own invitation; an expired one is refused", async () => {
    const { holder, delegate, token } = await delegation();
    expect(await acceptInvitation(await requestOf(holder.token), request, token)).toEqual({ ok: false, reason: "own" });
    const asDelegate = await requestOf(delegate.token);
    setClockOffsetSeconds(INVITATION_DAYS * 86_400 + 60);
    expect(await acceptInvitation(asDelegate, request, token)).toEqual({ ok: false, reason: "invalid" });
    expect((await delegatesOf(handle.db, "polo", holder.account.customerId))[0]!.status).toBe("expired");
  });

  it("the switcher: own customer first, then the delegation; a forged id switches nothing", async () => {
    const { holder, delegate, token } = await delegation();
    await acceptInvitation(await requestOf(delegate.token), request, token);
    const options = await actingOptions(handle.db, "polo", delegate.account);
    expect(options.map((o) => o.role)).toEqual([null, "view"]);
    expect(await switchActing(await requestOf(delegate.token), request, null)).toBe(true);
    expect((await requestOf(delegate.token)).scope).toMatchObject({ customerId: delegate.account.customerId, role: "holder", delegationId: null });
    // Another account's delegation is not this session's to take.
    const stranger = await signedIn();
    expect(await switchActing(await requestOf(stranger.token), request, options[1]!.delegationId)).toBe(false);
    expect(await switchActing(await requestOf(stranger.token), request, "nie-uuid\u0001")).toBe(false);
    expect((await requestOf(stranger.token)).scope.role).toBe("holder");
    expect(await switchActing(await requestOf(delegate.token), request, options[1]!.delegationId)).toBe(true);
    expect((await requestOf(delegate.token)).scope).toMatchObject({ customerId: holder.account.customerId, role: "delegate-view" });
  });

  it("revocation ends access in the delegate's open session at its next request", async () => {
    const { holder, delegate, token } = await delegation("payments");
    await acceptInvitation(await requestOf(delegate.token), request, token);
    const before = await requestOf(delegate.token);
    expect(before.scope.customerId).toBe(holder.account.customerId);
    expect(await revokeByHolder(holderScope(holder.account), request, "nie-uuid")).toBe(false);
    expect(await revokeByHolder(holderScope(holder.account), request, before.scope.delegationId!)).toBe(true);
    const after = await requestOf(delegate.token);
    expect(after.scope).toMatchObject({ customerId: delegate.account.customerId, role: "holder", delegationId: null });
    expect(await switchActing(after, request, before.scope.delegationId)).toBe(false);
    expect(await actingOptions(handle.db, "polo", delegate.account)).toEqual([]);
    expect((await delegatesOf(handle.db, "polo", holder.account.customerId))[0]).toMatchObject({ status: "revoked", revokedBy: "holder" });
  });

  it("the console lists a customer's delegates; staff revoke one at once, audited, only within their tenants", async () => {
    const { holder, delegate, token } = await delegation();
    const accepted = await acceptInvitation(await requestOf(delegate.token), request, token);
    const id = accepted.ok ? accepted.delegationId : "";
    const staffId = "00000000-0000-4000-8000-00000000abcd";
    const detail = await customerDetail(staffScope(handle.db, { id: staffId, tenants: ["polo"] }), "polo", holder.account.customerId, new Date());
    expect(detail!.delegates).toMatchObject([{ id, role: "view", status: "active" }]);
    const input = { tenantId: "polo", customerId: holder.account.customerId, delegationId: id };
    expect(await revokeDelegateByStaff(staffScope(handle.db, { id: staffId, tenants: ["mpec"] }), input)).toBe(false);
    expect(await revokeDelegateByStaff(staffScope(handle.db, { id: staffId, tenants: ["polo"] }), { ...input, customerId: delegate.account.customerId })).toBe(
      false,
    );
    expect((await requestOf(delegate.token)).scope.role).toBe("delegate-view");
    expect(await revokeDelegateByStaff(staffScope(handle.db, { id: staffId, tenants: ["polo"] }), input)).toBe(true);
    expect((await requestOf(delegate.token)).scope.role).toBe("holder");
    expect(await auditRows(handle.db, "delegate.revoked", "targetId", id)).toMatchObject([{ actorKind: "staff", actorId: staffId }]);
    expect((await delegatesOf(handle.db, "polo", holder.account.customerId))[0]!.revokedBy).toBe(`staff:${staffId}`);
  });

  it("a delegate's action is audited with both identities and shown to the holder", async () => {
    const { holder, delegate, token } = await delegation("full");
    await acceptInvitation(await requestOf(delegate.token), request, token);
    const acting = await requestOf(delegate.token);
    await auditCustomer(acting.scope, request, { action: "ticket.created", targetKind: "ticket", targetId: "t-1" });
    const [row] = await auditRows(handle.db, "ticket.created", "targetId", "t-1");
    expect(row).toMatchObject({ actorId: delegate.account.id, details: { onBehalfOf: holder.account.customerId, delegationId: acting.scope.delegationId } });
    const shown = await delegateActions(holderScope(holder.account));
    expect(shown.map((a) => a.action)).toContain("ticket.created");
    expect(shown[0]!.delegateEmail).toMatch(/^pelnomocnik-/);
  });

  it("the data layer refuses a change the role may not make, whatever the page did", async () => {
    const { holder, delegate, token } = await delegation("full");
    await acceptInvitation(await requestOf(delegate.token), request, token);
    const acting = (await requestOf(delegate.token)).scope;
    await expect(inviteDelegate(acting, request, { email: "x@example.pl", role: "full" })).rejects.toBeInstanceOf(RoleRefused);
    await expect(saveConsents(acting, request, { e_invoice: "", marketing: "" } as never)).rejects.toBeInstanceOf(RoleRefused);
    await expect(revokeByHolder(acting, request, acting.delegationId!)).rejects.toBeInstanceOf(RoleRefused);
    await expect(delegateActions(acting)).rejects.toBeInstanceOf(RoleRefused);
    // A viewer reads no tickets (not even the Pulpit's glance) and quotes no payment.
    const viewer: CustomerScope = { ...acting, role: "delegate-view" };
    await expect(listTickets(viewer)).rejects.toBeInstanceOf(RoleRefused);
    await expect(ticketsAtGlance(viewer)).rejects.toBeInstanceOf(RoleRefused);
    await expect(quotePayment(viewer, { kind: "all" } as never, "2026-12-05")).rejects.toBeInstanceOf(RoleRefused);
    expect(await listTickets(acting)).toMatchObject({ rows: [] });
    expect(holder.session.id).toBe(hashToken(holder.token));
  });
});
