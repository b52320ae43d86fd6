import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import type { Db } from "@/db/client";
import { staffScope } from "@/tests/helpers/staff-scope";
import { accounts, auditLog, authTokens, contracts, customers, emailOutbox, invoices, points } from "@/db/schema";
import { hashSecret } from "@/lib/auth/password-hash";
import { signInWithPassword } from "@/lib/accounts/sign-in";
import { requireTenantById } from "@/lib/tenant/registry";
import { makePesel } from "@/lib/validation/pesel";
import { nipChecksum } from "@/lib/validation/nip";
import { searchCustomers } from "@/lib/staff/customers";
import { customerDetail } from "@/lib/staff/customer-detail";
import { auditCustomerSearch, resendActivation, unlockAccount } from "@/lib/staff/customer-actions";

const handle = setupTestDb();
let db: Db;
beforeAll(() => {
  db = handle.db;
});

const PASSWORD = "Zielony-Kot-42";
const address = { street: "ul. Polna", building: "2", postalCode: "00-002", city: "Warszawa" };
const request = { ip: "198.51.100.7", userAgent: "vitest" };
let seq = 0;
const pesel = () => makePesel("1980-03-14", ++seq, seq % 2 === 0);
function nip(): string {
  for (;;) {
    const first9 = `${1 + (++seq % 9)}${String(10_000_000 + seq * 7919).slice(0, 8)}`;
    const check = nipChecksum(first9);
    if (check !== 10) return first9 + check;
  }
}

const poloStaff = { id: randomUUID(), role: "staff" as const, tenants: ["polo"] };
const bothStaff = { id: randomUUID(), role: "staff" as const, tenants: ["polo", "polsp"] };
const at = () => new Date();
const scopeOf = (staff: typeof poloStaff) => staffScope(db, staff, request);

type Made = { tenantId: string; customerId: string; accountId: string; login: string; email: string; contractNumber: string; customerNumber: string };

async function makeCustomer(
  tenantId: string,
  options: { pesel?: string; nip?: string; status?: "active" | "pending_activation"; lockedAt?: Date | null; login?: string; email?: string } = {},
): Promise<Made> {
  const customerId = `C-${randomUUID().slice(0, 8)}`;
  const customerNumber = String(40_000_000 + ++seq);
  const email = options.email ?? `${customerId.toLowerCase()}@example.pl`;
  await db.insert(customers).values({
    tenantId,
    id: customerId,
    kind: options.nip ? "business" : "individual",
    pesel: options.nip ? null : (options.pesel ?? pesel()),
    nip: options.nip ?? null,
    customerNumber,
    name: `Klient ${customerId}`,
    email,
    address,
  });
  const contractNumber = `UM/${customerId}`;
  await db.insert(contracts).values({
    tenantId,
    id: `${customerId}-K`,
    customerId,
    payerId: customerId,
    number: contractNumber,
    status: "active",
    startDate: "2025-01-01",
    product: "Prąd Stała Cena",
  });
  await db.insert(points).values({ tenantId, id: `${customerId}-P`, contractId: `${customerId}-K`, code: `PL0037${seq}`, kind: "electricity", address });
  await db.insert(invoices).values({
    tenantId,
    id: `${customerId}-F`,
    customerId,
    contractId: `${customerId}-K`,
    number: `FV/${customerId}`,
    kind: "invoice",
    issueDate: "2025-02-01",
    dueDate: "2025-02-15",
    net: 10000,
    vat: 2300,
    gross: 12300,
  });
  const login = options.login ?? `Jan.${customerId}`;
  const [account] = await db
    .insert(accounts)
    .values({
      tenantId,
      customerId,
      login,
      email,
      status: options.status ?? "active",
      passwordHash: await hashSecret(PASSWORD),
      lockedAt: options.lockedAt ?? null,
      failedAttempts: options.lockedAt ? 5 : 0,
      pendingUntil: options.status === "pending_activation" ? new Date(Date.now() + 3_600_000) : null,
    })
    .returning();
  return { tenantId, customerId, accountId: account!.id, login, email, contractNumber, customerNumber };
}

const found = (hits: { tenantId: string; customerId: string }[]) => hits.map((h) => `${h.tenantId}/${h.customerId}`);

describe(`console customer lookup (${testDbKind})`, () => {
  it("finds by PESEL, NIP (with or without dashes), customer number, contract number, login and e-mail — exact values only", async () => {
    const person = await makeCustomer("polo");
    const [row] = await db
      .select()
      .from(customers)
      .where(and(eq(customers.tenantId, "polo"), eq(customers.id, person.customerId)));
    const company = await makeCustomer("polo", { nip: nip() });
    const companyNip = (await db.select().from(customers).where(eq(customers.id, company.customerId)))[0]!.nip!;
    const search = (query: string) => searchCustomers(scopeOf(poloStaff), { query }, at()).then((r) => found(r.hits));
    const me = `polo/${person.customerId}`;

    expect(await search(row!.pesel!)).toEqual([me]);
    expect(await search(person.customerNumber)).toEqual([me]);
    expect(await search(person.contractNumber)).toEqual([me]);
    expect(await search(person.login.toUpperCase())).toEqual([me]);
    expect(await search(person.email.toUpperCase())).toEqual([me]);
    expect(await search(`  ${person.email}  `)).toEqual([me]);
    expect(await search(companyNip)).toEqual([`polo/${company.customerId}`]);
    expect(await search(`${companyNip.slice(0, 3)}-${companyNip.slice(3, 6)}-${companyNip.slice(6, 8)}-${companyNip.slice(8)}`)).toEqual([
      `polo/${company.customerId}`,
    ]);

    // Prefixes, fragments and names find nothing: the console looks customers up, it does not browse them.
    expect(await search(row!.pesel!.slice(0, 10))).toEqual([]);
    expect(await search(person.customerNumber.slice(0, 6))).toEqual([]);
    expect(await search(person.email.split("@")[0]!)).toEqual([]);
    expect(await search(`Klient ${person.customerId}`)).toEqual([]);
    expect(await search("%")).toEqual([]);
  });

  it("lists PESEL and NIP masked to their last four digits, with the account's login and state", async () => {
    const lockedAt = new Date(Date.now() - 60_000);
    const person = await makeCustomer("polo", { lockedAt });
    const result = await searchCustomers(scopeOf(poloStaff), { query: person.login }, at());
    expect(result.hits).toHaveLength(1);
    const hit = result.hits[0]!;
    const [row] = await db.select().from(customers).where(eq(customers.id, person.customerId));
    expect(hit.maskedTaxId).toBe(`•••••••${row!.pesel!.slice(-4)}`);
    expect(hit.maskedTaxId).not.toContain(row!.pesel!.slice(0, 7));
    expect(hit.account).toMatchObject({ login: person.login, state: "locked" });
    expect(hit.matchedBy).toEqual(["login"]);
  });

  it("S14: the same PESEL at two tenants — a POLO-scoped staff member finds only the POLO customer, never the POLSp one", async () => {
    const shared = pesel();
    const polo = await makeCustomer("polo", { pesel: shared });
    const polsp = await makeCustomer("polsp", { pesel: shared, email: polo.email });
    expect(found((await searchCustomers(scopeOf(poloStaff), { query: shared }, at())).hits)).toEqual([`polo/${polo.customerId}`]);
    // Every identifier of the POLSp customer: nothing for POLO staff.
    for (const query of [polsp.login, polsp.customerNumber, polsp.contractNumber]) {
      expect((await searchCustomers(scopeOf(poloStaff), { query }, at())).hits).toEqual([]);
    }
    expect(found((await searchCustomers(scopeOf(poloStaff), { query: polo.email }, at())).hits)).toEqual([`polo/${polo.customerId}`]);
    // A tenant filter outside the scope does not widen it.
    expect((await searchCustomers(scopeOf(poloStaff), { query: shared, tenantId: "polsp" }, at())).hits).toEqual([]);
    // Staff of both see both, and the filter narrows to one.
    expect(found((await searchCustomers(scopeOf(bothStaff), { query: shared }, at())).hits).sort()).toEqual(
      [`polo/${polo.customerId}`, `polsp/${polsp.customerId}`].sort(),
    );
    expect(found((await searchCustomers(scopeOf(bothStaff), { query: shared, tenantId: "polsp" }, at())).hits)).toEqual([`polsp/${polsp.customerId}`]);
  });

  it("S13: a POLO-scoped staff member gets nothing for a POLSp customer's page, and cannot unlock its account", async () => {
    const polsp = await makeCustomer("polsp", { lockedAt: new Date() });
    expect(await customerDetail(scopeOf(poloStaff), "polsp", polsp.customerId, at())).toBeNull();
    // The POLSp customer id under POLO's name is simply unknown.
    expect(await customerDetail(scopeOf(poloStaff), "polo", polsp.customerId, at())).toBeNull();
    expect(await unlockAccount(scopeOf(poloStaff), { tenantId: "polsp", accountId: polsp.accountId })).toEqual({ ok: false, reason: "not-found" });
    expect(await unlockAccount(scopeOf(poloStaff), { tenantId: "polo", accountId: polsp.accountId })).toEqual({ ok: false, reason: "not-found" });
    const [account] = await db.select().from(accounts).where(eq(accounts.id, polsp.accountId));
    expect(account!.lockedAt).not.toBeNull();
  });

  it("shows the customer: account state, contracts with points, the balance and recent sign-ins", async () => {
    const person = await makeCustomer("polo");
    const tenant = requireTenantById("polo");
    expect((await signInWithPassword(db, tenant, { login: person.login, password: "zle-haslo" }, request)).ok).toBe(false);
    expect((await signInWithPassword(db, tenant, { login: person.login, password: PASSWORD }, request)).ok).toBe(true);
    const detail = await customerDetail(scopeOf(poloStaff), "polo", person.customerId, at());
    expect(detail).not.toBeNull();
    expect(detail!.accounts).toMatchObject([{ login: person.login, state: "active" }]);
    expect(detail!.contracts).toMatchObject([{ number: person.contractNumber, role: "both", points: [{ kind: "electricity" }] }]);
    expect(detail!.balance).toBe(12300);
    expect(detail!.signIns.map((s) => [s.action, s.detail])).toEqual([
      ["signin.ok", "password"],
      ["signin.failed", "wrong-password"],
    ]);
  });

  it("S20: unlock clears the lock, e-mails the owner, audits who/when/where without secrets — and the owner signs in again", async () => {
    const person = await makeCustomer("polo", { lockedAt: new Date(Date.now() - 120_000) });
    const tenant = requireTenantById("polo");
    expect((await signInWithPassword(db, tenant, { login: person.login, password: PASSWORD }, request)).ok).toBe(false);

    const result = await unlockAccount(scopeOf(poloStaff), { tenantId: "polo", accountId: person.accountId });
    expect(result).toEqual({ ok: true, login: person.login, email: person.email });
    const [account] = await db.select().from(accounts).where(eq(accounts.id, person.accountId));
    expect(account).toMatchObject({ lockedAt: null, failedAttempts: 0 });

    const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.to, person.email));
    expect(mails.map((m) => m.template)).toEqual(["account-unlocked"]);
    expect(mails[0]!.subject).toContain("odblokowane");
    expect(mails[0]!.tenantId).toBe("polo");

    const [row] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "account.unlocked"), eq(auditLog.targetId, person.accountId)));
    expect(row).toMatchObject({ tenantId: "polo", actorKind: "staff", actorId: poloStaff.id, targetKind: "account", ip: request.ip, userAgent: "vitest" });
    expect(row!.at).toBeInstanceOf(Date);
    expect(JSON.stringify(row!.details)).not.toContain(PASSWORD);
    expect(JSON.stringify(row!.details)).not.toMatch(/argon2|hash/i);

    // A second click finds nothing to unlock and sends nothing more.
    expect(await unlockAccount(scopeOf(poloStaff), { tenantId: "polo", accountId: person.accountId })).toEqual({ ok: false, reason: "not-locked" });
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.to, person.email))).toHaveLength(1);

    expect((await signInWithPassword(db, tenant, { login: person.login, password: PASSWORD }, request)).ok).toBe(true);
  });

  it("S20: a search is audited with the kind of identifier only — the PESEL itself is not in the log", async () => {
    const value = pesel();
    await makeCustomer("polo", { pesel: value });
    const result = await searchCustomers(scopeOf(poloStaff), { query: value }, at());
    await auditCustomerSearch(scopeOf(poloStaff), {
      tenantId: null,
      shape: result.shape,
      matchedBy: result.hits.flatMap((h) => h.matchedBy),
      results: result.hits.length,
    });
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "customer.searched"), eq(auditLog.actorId, poloStaff.id)));
    const last = rows.at(-1)!;
    expect(last.details).toEqual({ identifier: "pesel", matchedBy: ["pesel"], results: 1 });
    expect(JSON.stringify(rows)).not.toContain(value);
  });

  it("resends the activation link of a pending POLO account: the old link stops working, a new 24-hour one is e-mailed", async () => {
    const person = await makeCustomer("polo", { status: "pending_activation" });
    const before = await resendActivation(scopeOf(poloStaff), { tenantId: "polo", accountId: person.accountId });
    expect(before.ok).toBe(true);
    const again = await resendActivation(scopeOf(poloStaff), { tenantId: "polo", accountId: person.accountId });
    expect(again.ok).toBe(true);
    const tokens = await db
      .select()
      .from(authTokens)
      .where(and(eq(authTokens.accountId, person.accountId), eq(authTokens.purpose, "activation")));
    expect(tokens).toHaveLength(2);
    expect(tokens.filter((t) => t.usedAt === null)).toHaveLength(1);
    const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.to, person.email));
    expect(mails.map((m) => m.template)).toEqual(["activation", "activation"]);
    expect(mails[0]!.text).toMatch(/\/aktywacja\/[A-Za-z0-9_-]{43}/);
    const [account] = await db.select().from(accounts).where(eq(accounts.id, person.accountId));
    expect(account!.pendingUntil!.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "account.activation_resent"), eq(auditLog.targetId, person.accountId)));
    expect(audits).toHaveLength(2);

    // An active account has nothing to activate; MPEC's registration has no link at all.
    const active = await makeCustomer("polo");
    expect(await resendActivation(scopeOf(poloStaff), { tenantId: "polo", accountId: active.accountId })).toEqual({ ok: false, reason: "not-pending" });
    const mpecStaff = { ...poloStaff, tenants: ["mpec"] };
    const mpec = await makeCustomer("mpec", { status: "pending_activation" });
    expect(await resendActivation(scopeOf(mpecStaff), { tenantId: "mpec", accountId: mpec.accountId })).toEqual({ ok: false, reason: "not-offered" });
  });
});
