import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import type { Db } from "@/db/client";
import { staffScope } from "@/tests/helpers/staff-scope";
import { accounts, auditLog, customers } from "@/db/schema";
import { audit } from "@/lib/audit";
import { hashSecret } from "@/lib/auth/password-hash";
import { signInWithPassword } from "@/lib/accounts/sign-in";
import { requireTenantById } from "@/lib/tenant/registry";
import { createStaffUser } from "@/lib/staff/auth";
import { unlockAccount } from "@/lib/staff/customer-actions";
import { AUDIT_PAGE_SIZE, auditFilterSchema, auditHref, auditLogPage, safeDetails, warsawDayStart, type AuditFilters } from "@/lib/staff/audit-view";

/**
 * The console's audit log: one database for the whole file, so every test uses actions or targets
 * of its own (random ids) and filters on them.
 */
const handle = setupTestDb();
let db: Db;
beforeAll(() => {
  db = handle.db;
});

const address = { street: "ul. Polna", building: "2", postalCode: "00-002", city: "Warszawa" };
const request = { ip: "203.0.113.9", userAgent: "vitest" };
const PASSWORD = "Tajne-Haslo-Klienta-77";

async function person(role: "admin" | "staff", tenants: string[]) {
  const email = `${role}.${randomUUID().slice(0, 8)}@obsluga.mojbok.test`;
  const { id } = await createStaffUser(db, { email, role, tenants });
  return { id, email, role, tenants };
}

async function account(tenantId: string, lockedAt: Date | null = null) {
  const customerId = `C-${randomUUID().slice(0, 8)}`;
  await db.insert(customers).values({ tenantId, id: customerId, kind: "individual", pesel: "44051401359", name: "Jan Nowak", address });
  const [row] = await db
    .insert(accounts)
    .values({
      tenantId,
      customerId,
      login: `jan.${customerId.toLowerCase()}`,
      email: `${customerId.toLowerCase()}@example.pl`,
      status: "active",
      passwordHash: await hashSecret(PASSWORD),
      lockedAt,
      failedAttempts: lockedAt ? 5 : 0,
    })
    .returning();
  return row!;
}

const event = (action: string, tenantId: string | null, extra: Partial<Parameters<typeof audit>[1]> = {}) =>
  audit(db, {
    tenantId,
    actorKind: "system",
    actorId: null,
    action,
    targetKind: null,
    targetId: null,
    ip: null,
    userAgent: null,
    details: undefined,
    ...extra,
  });

const filters = (raw: Record<string, string>): AuditFilters => auditFilterSchema.parse(raw);
const page = (staff: Awaited<ReturnType<typeof person>>, raw: Record<string, string>) => auditLogPage(staffScope(db, staff, request), filters(raw));

describe(`console audit log (${testDbKind})`, () => {
  it("scope in the WHERE clause: a POLO staff member sees POLO rows, never POLSp ones; tenantless rows only their own", async () => {
    const action = `test.${randomUUID().slice(0, 8)}`;
    const staff = await person("staff", ["polo"]);
    const other = await person("staff", ["polo"]);
    const admin = await person("admin", ["polo"]);
    await event(action, "polo");
    await event(action, "polsp");
    await event(action, null, { actorKind: "staff", actorId: staff.id, targetKind: "staff", targetId: staff.id });
    await event(action, null, { actorKind: "staff", actorId: other.id, targetKind: "staff", targetId: other.id });

    const seen = async (who: Awaited<ReturnType<typeof person>>, raw: Record<string, string> = {}) =>
      (await page(who, { akcja: action, ...raw })).rows.map((r) => `${r.tenantId ?? "-"}:${r.who}`).sort();
    expect(await seen(staff)).toEqual(["-:" + staff.email, "polo:system"].sort());
    expect(await seen(admin)).toEqual(["-:" + staff.email, "-:" + other.email, "polo:system"].sort());
    // Naming another tenant in the URL does not widen the scope.
    expect(await seen(staff, { sprzedawca: "polsp" })).toEqual([]);
    expect(await seen(admin, { sprzedawca: "brak" })).toEqual(["-:" + staff.email, "-:" + other.email].sort());
    expect(await seen(await person("staff", ["polsp"]))).toEqual(["polsp:system"]);
  });

  it("an admin sees tenantless rows only about people within the admin's tenants", async () => {
    const action = `test.${randomUUID().slice(0, 8)}`;
    const poloAdmin = await person("admin", ["polo"]);
    const mpecStaff = await person("staff", ["mpec"]);
    const bothStaff = await person("staff", ["polo", "mpec"]);
    const poloStaff = await person("staff", ["polo"]);
    for (const who of [mpecStaff, bothStaff, poloStaff])
      await event(action, null, { actorKind: "staff", actorId: who.id, targetKind: "staff", targetId: who.id, ip: "203.0.113.5" });
    const rows = (await page(poloAdmin, { akcja: action })).rows.map((r) => r.who);
    expect(rows).toEqual([poloStaff.email]);
    // A search by another tenant's person's e-mail finds nothing either.
    expect((await page(poloAdmin, { akcja: action, cel: mpecStaff.email })).rows).toEqual([]);
    const mpecAdmin = await person("admin", ["polo", "mpec"]);
    expect((await page(mpecAdmin, { akcja: action })).rows.map((r) => r.who).sort()).toEqual([mpecStaff.email, bothStaff.email, poloStaff.email].sort());
  });

  it("filters: action, actor kind, login and dates (Warsaw days); who and target in words", async () => {
    const admin = await person("admin", ["polo", "polsp"]);
    const locked = await account("polo", new Date());
    const tenant = requireTenantById("polo");
    await signInWithPassword(db, tenant, { login: locked.login, password: "zle" }, request);
    await unlockAccount(staffScope(db, admin, request), { tenantId: "polo", accountId: locked.id });
    await signInWithPassword(db, tenant, { login: locked.login, password: PASSWORD }, request);

    const byLogin = await page(admin, { cel: locked.login.toUpperCase() });
    expect(byLogin.rows.map((r) => r.action)).toEqual(["signin.ok", "account.unlocked", "signin.failed"]);
    const unlocked = byLogin.rows.find((r) => r.action === "account.unlocked")!;
    expect(unlocked).toMatchObject({
      who: admin.email,
      actionLabel: "Odblokowanie konta klienta",
      target: `konto klienta ${locked.login}`,
      ip: request.ip,
      tenantId: "polo",
    });
    expect(byLogin.rows[0]).toMatchObject({ who: `klient ${locked.login}`, actorKind: "customer" });

    expect((await page(admin, { cel: locked.login, akcja: "account.unlocked" })).rows).toHaveLength(1);
    expect((await page(admin, { cel: locked.login, kto: "customer" })).rows.map((r) => r.action)).toEqual(["signin.ok"]);
    expect((await page(admin, { cel: admin.email, akcja: "account.unlocked" })).rows).toHaveLength(1);

    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(new Date());
    expect((await page(admin, { cel: locked.login, od: today, do: today })).rows).toHaveLength(3);
    expect((await page(admin, { cel: locked.login, do: "2020-01-01" })).rows).toHaveLength(0);
  });

  it("S20: the log holds no password and shows only safe detail keys", async () => {
    const admin = await person("admin", ["polo"]);
    const user = await account("polo");
    const tenant = requireTenantById("polo");
    // A password typed into the login field, then the right one with a wrong login: neither may reach the log.
    await signInWithPassword(db, tenant, { login: PASSWORD, password: PASSWORD }, request);
    await signInWithPassword(db, tenant, { login: user.login, password: `${PASSWORD}-zle` }, request);
    const all = await page(admin, {});
    expect(JSON.stringify(all)).not.toContain(PASSWORD);
    const stored = await db.select().from(auditLog);
    expect(JSON.stringify(stored)).not.toContain(PASSWORD);

    expect(safeDetails({ reason: "wrong-password", pesel: "44051401359", password: "x", token: "y", otherKey: "z", counts: { customers: 2 } })).toEqual([
      ["reason", "wrong-password"],
      ["counts", "customers: 2"],
    ]);
  });

  it("pages of 50, newest first, with the filters kept in the links", async () => {
    const action = `test.${randomUUID().slice(0, 8)}`;
    const admin = await person("admin", ["mpec"]);
    for (let i = 0; i < AUDIT_PAGE_SIZE + 3; i++) await event(action, "mpec", { details: { lines: i } });
    const first = await page(admin, { akcja: action });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.hasNext).toBe(true);
    expect(first.rows[0]!.details).toEqual([["lines", String(AUDIT_PAGE_SIZE + 2)]]);
    const second = await page(admin, { akcja: action, strona: "2" });
    expect(second.rows.map((r) => r.details[0]![1])).toEqual(["2", "1", "0"]);
    expect(second.hasNext).toBe(false);
    expect(auditHref(filters({ akcja: action, kto: "system" }), 2)).toBe(`/konsola/dziennik?akcja=${action}&kto=system&strona=2`);
  });

  it("dates are Warsaw calendar days; malformed filters are ignored", () => {
    expect(warsawDayStart("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(warsawDayStart("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(warsawDayStart("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(filters({ od: "wczoraj", kto: "hacker", strona: "-1", akcja: "x'; drop" })).toEqual({});
  });
});
