import { describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { accounts, exportEvents, sessions, type HolderAccount } from "@/db/schema";
import { loadCustomerSession } from "@/lib/auth/customer-session";
import { createSession } from "@/lib/auth/sessions";
import { RoleRefused, scopeOf, type CustomerScope } from "@/lib/auth/customer-scope";
import { signInWithPassword } from "@/lib/accounts/sign-in";
import { acceptInvitation, actingOptions, inviteDelegate, openInvitation, revokeByHolder } from "@/lib/delegates/delegations";
import { createDelegateAccount, delegateAccountMessages } from "@/lib/delegates/delegate-account";
import { changeCustomerPhone, customerContact, PHONE_SAVED } from "@/lib/my-data/change-phone";
import { WRONG_CURRENT_PASSWORD } from "@/lib/accounts/change-password";
import { phoneSchema } from "@/lib/my-data/contact-schema";
import { auditRows } from "@/tests/helpers/audit";
import { invitationToken as invitationTokenIn } from "@/tests/integration/delegate-fixtures";
import { customerScope } from "@/tests/helpers/scope";
import { createAccount, request, tenant } from "@/tests/integration/sign-in-fixtures";

/** Delegate-only accounts (docs/accounts.md §17): a person with no account accepts by choosing a password. */
const handle = setupTestDb();
const NEW_PASSWORD = "Pelnomocnik-Brzoza-71";
const form = { password: NEW_PASSWORD, passwordRepeat: NEW_PASSWORD };

const holderScope = (account: HolderAccount) => customerScope(handle.db, account.tenantId, account.customerId, account.id);

const invitationToken = (to: string) => invitationTokenIn(handle.db, to);

/** A holder on `tenantId` invites a brand-new address; returns the holder, the address and the link token. */
async function invitation(tenantId: "polo" | "polsp" | "mpec" = "polo", role: "view" | "payments" | "full" = "view", email?: string) {
  const holder = await createAccount(handle.db, { tenantId });
  const to = email ?? `Nowa.Osoba-${holder.id.slice(0, 8)}@Example.pl`;
  await inviteDelegate(holderScope(holder), request, { email: to, role });
  return { holder, email: to, token: await invitationToken(to) };
}

/** What requireCustomer would build for this session token: the scope, or null (the no-access page). */
async function scopeFor(tenantId: "polo" | "polsp" | "mpec", token: string) {
  const found = await loadCustomerSession(handle.db, tenant(tenantId), token);
  if (!found.ok) throw new Error(found.reason);
  return { found: found.found, scope: scopeOf(handle.db, { tenant: tenant(tenantId), ...found.found }) };
}

describe(`delegate-only accounts (${testDbKind})`, () => {
  it("a person with no account creates one with the invited address as login and accepts in the same step", async () => {
    const { holder, email, token } = await invitation("polo", "payments");
    const result = await createDelegateAccount(handle.db, tenant("polo"), request, token, form);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [account] = await handle.db.select().from(accounts).where(eq(accounts.id, result.accountId));
    expect(account).toMatchObject({ customerId: null, login: email.toLowerCase(), email: email.toLowerCase(), status: "active" });
    expect(account!.passwordHash).toMatch(/^\$argon2id\$/);
    // The new session acts for the holder's customer at once, with the invited role.
    const { scope } = await scopeFor("polo", result.token);
    expect(scope).toMatchObject({ customerId: holder.customerId, accountId: result.accountId, role: "delegate-payments", delegationId: result.delegationId });
    expect(await openInvitation(handle.db, tenant("polo"), token)).toBeNull();
    expect(await auditRows(handle.db, "delegate.account_created", "targetId", result.accountId)).toHaveLength(1);
    expect(await auditRows(handle.db, "delegate.accepted", "targetId", result.delegationId)).toMatchObject([{ actorId: result.accountId }]);
  });

  it("the tenant's password rules and the repeated password are checked; nothing is created on a refusal", async () => {
    const { email, token } = await invitation("polsp");
    const weak = await createDelegateAccount(handle.db, tenant("polsp"), request, token, { password: "krótkie", passwordRepeat: "inne" });
    expect(weak).toMatchObject({ ok: false, fieldErrors: { password: expect.any(Array), passwordRepeat: ["Hasła nie są identyczne."] } });
    const rows = await handle.db.select().from(accounts).where(eq(accounts.login, email.toLowerCase()));
    expect(rows).toHaveLength(0);
    expect(await openInvitation(handle.db, tenant("polsp"), token)).not.toBeNull();
  });

  it("a login already taken on the tenant is refused with the advice to sign in; a spent or unknown link creates nothing", async () => {
    const other = await createAccount(handle.db, { tenantId: "polo" });
    const { token } = await invitation("polo", "view", other.login.toUpperCase());
    expect(await createDelegateAccount(handle.db, tenant("polo"), request, token, form)).toMatchObject({ ok: false, formError: delegateAccountMessages.taken });
    expect(await createDelegateAccount(handle.db, tenant("polo"), request, "nieznany-token", form)).toMatchObject({
      ok: false,
      formError: delegateAccountMessages.invalid,
    });
    const second = await invitation("polo");
    expect((await createDelegateAccount(handle.db, tenant("polo"), request, second.token, form)).ok).toBe(true);
    expect(await createDelegateAccount(handle.db, tenant("polo"), request, second.token, form)).toMatchObject({
      ok: false,
      formError: delegateAccountMessages.invalid,
    });
  });

  it("signs in later by its e-mail — on MPEC too, where customers sign in with customer numbers — and acts for the customer again", async () => {
    for (const tenantId of ["mpec", "polo"] as const) {
      const { holder, email, token } = await invitation(tenantId, "full");
      const created = await createDelegateAccount(handle.db, tenant(tenantId), request, token, form);
      if (!created.ok) throw new Error("not created");
      const signIn = await signInWithPassword(handle.db, tenant(tenantId), { login: email.toUpperCase(), password: NEW_PASSWORD }, request);
      expect(signIn.ok).toBe(true);
      if (!signIn.ok) return;
      // A fresh session names no delegation; the lookup takes the live one and the session remembers it.
      const { scope } = await scopeFor(tenantId, signIn.token);
      expect(scope).toMatchObject({ customerId: holder.customerId, role: "delegate-full", delegationId: created.delegationId });
      const [row] = await handle.db
        .select({ delegationId: sessions.delegationId })
        .from(sessions)
        .where(eq(sessions.accountId, created.accountId))
        .orderBy(desc(sessions.createdAt))
        .limit(1);
      expect(row!.delegationId).toBe(created.delegationId);
    }
  });

  it("once its delegation is revoked, the session has no scope at all (the no-access page), sign-in still works and a new invitation can be accepted", async () => {
    const first = await invitation("polo");
    const created = await createDelegateAccount(handle.db, tenant("polo"), request, first.token, form);
    if (!created.ok) throw new Error("not created");
    expect(await revokeByHolder(holderScope(first.holder), request, created.delegationId)).toBe(true);

    const { found, scope } = await scopeFor("polo", created.token);
    expect(found.acting).toBeNull();
    expect(scope).toBeNull();
    const signIn = await signInWithPassword(handle.db, tenant("polo"), { login: first.email, password: NEW_PASSWORD }, request);
    expect(signIn.ok).toBe(true);
    if (!signIn.ok) return;
    expect((await scopeFor("polo", signIn.token)).scope).toBeNull();

    // Another holder invites the same address: the signed-in account accepts it without any customer scope.
    const second = await invitation("polo", "view", first.email);
    const account = (await handle.db.select().from(accounts).where(eq(accounts.id, created.accountId)))[0]!;
    const session = (await scopeFor("polo", signIn.token)).found.session;
    const accepted = await acceptInvitation({ db: handle.db, tenant: tenant("polo"), account, session }, request, second.token);
    expect(accepted.ok).toBe(true);
    expect((await scopeFor("polo", signIn.token)).scope).toMatchObject({ customerId: second.holder.customerId, role: "delegate-view" });
  });

  it("never builds a scope without a customer, and the switcher lists no own customer for a delegate-only account", async () => {
    const a = await invitation("polo");
    const created = await createDelegateAccount(handle.db, tenant("polo"), request, a.token, form);
    if (!created.ok) throw new Error("not created");
    const account = (await handle.db.select().from(accounts).where(eq(accounts.id, created.accountId)))[0]!;
    expect(scopeOf(handle.db, { tenant: tenant("polo"), account, acting: null })).toBeNull();
    // One delegation: nothing to switch between.
    expect(await actingOptions(handle.db, "polo", account)).toEqual([]);
    const b = await invitation("polo", "view", a.email);
    const { session } = await createSession(handle.db, { tenantId: "polo", accountId: account.id });
    expect((await acceptInvitation({ db: handle.db, tenant: tenant("polo"), account, session }, request, b.token)).ok).toBe(true);
    const options = await actingOptions(handle.db, "polo", account);
    expect(options).toHaveLength(2);
    expect(options.every((o) => o.delegationId !== null)).toBe(true);
  });
});

describe(`"Pełny" includes the customer's contact phone (${testDbKind})`, () => {
  /** A delegate-only account acting for a fresh holder with `role`: its scope and its own account row. */
  async function actingDelegate(role: "view" | "payments" | "full") {
    const { holder, token } = await invitation("polo", role);
    const created = await createDelegateAccount(handle.db, tenant("polo"), request, token, form);
    if (!created.ok) throw new Error("not created");
    const { scope } = await scopeFor("polo", created.token);
    const account = (await handle.db.select().from(accounts).where(eq(accounts.id, created.accountId)))[0]!;
    return { holder, scope: scope as CustomerScope, account };
  }
  const phoneInput = (values: Record<string, string>) => phoneSchema().parse(values);

  it("a full delegate changes the customer's phone with their own password; queued for the CRM and audited with both identities", async () => {
    const { holder, scope, account } = await actingDelegate("full");
    const result = await changeCustomerPhone(scope, account, request, phoneInput({ phone: "600 100 200", currentPassword: NEW_PASSWORD }));
    expect(result).toEqual({ status: "success", message: PHONE_SAVED });
    expect(await customerContact(scope)).toEqual({ phone: "+48600100200", email: holder.email });
    const [holderRow] = await handle.db.select().from(accounts).where(eq(accounts.id, holder.id));
    expect(holderRow!.phone).toBe("+48600100200");
    const events = await handle.db.select().from(exportEvents).where(eq(exportEvents.customerId, holder.customerId));
    expect(events.map((e) => [e.type, e.payload])).toEqual([["contact.changed", { phone: "+48600100200" }]]);
    const audit = await auditRows(handle.db, "contact.changed", "actorId", account.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ onBehalfOf: holder.customerId, delegationId: scope.delegationId, fields: ["phone"] });
  });

  it("the holder's password does not confirm a delegate's change; nothing changes", async () => {
    const { holder, scope, account } = await actingDelegate("full");
    const result = await changeCustomerPhone(scope, account, request, phoneInput({ phone: "600 100 200", currentPassword: holder.password }));
    expect(result).toEqual({ status: "error", fieldErrors: { currentPassword: [WRONG_CURRENT_PASSWORD] } });
    expect((await customerContact(scope))!.phone).toBeNull();
  });

  it("the form carries the phone only: an e-mail sent along is dropped, so the sign-in address cannot be changed", () => {
    expect(phoneInput({ phone: "", email: "przejecie@example.pl", currentPassword: "x" })).toEqual({ phone: null, currentPassword: "x" });
  });

  it.each(["view", "payments"] as const)("a %s delegate may not change it (the data layer refuses)", async (role) => {
    const { scope, account } = await actingDelegate(role);
    await expect(changeCustomerPhone(scope, account, request, phoneInput({ phone: "600 100 200", currentPassword: NEW_PASSWORD }))).rejects.toThrow(
      RoleRefused,
    );
  });
});
