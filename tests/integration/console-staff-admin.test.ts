import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { staffScope } from "@/tests/helpers/staff-scope";
import { auditLog, importKeys, staffSessions, staffUsers } from "@/db/schema";
import { verifySecret } from "@/lib/auth/password-hash";
import { createImportKey, verifyImportKey } from "@/lib/import-keys";
import { createStaffUser } from "@/lib/staff/auth";
import type { StaffScope } from "@/lib/staff/scope";
import { createScopedImportKey, findImportKey, listImportKeys, newImportKeySchema, revokeScopedImportKey } from "@/lib/staff/import-keys-admin";
import { createStaffSession } from "@/lib/staff/session-store";
import {
  createManagedStaff,
  findManagedStaff,
  listManagedStaff,
  resetManagedStaff,
  SELF_REFUSED,
  setStaffDisabled,
  staffInputSchema,
  unlockManagedStaff,
  updateStaffAccess,
} from "@/lib/staff/staff-admin";

const handle = setupTestDb();

const request = { ip: "198.51.100.9", userAgent: "vitest" };
let counter = 0;
const email = (role: string) => `${role}${++counter}.${Date.now()}@obsluga.mojbok.test`;

async function person(role: "admin" | "staff", tenants: string[]) {
  const created = await createStaffUser(handle.db, { email: email(role), role, tenants });
  return { ...created, tenants };
}
async function adminActor(tenants: string[]): Promise<StaffScope> {
  const { id } = await person("admin", tenants);
  return staffScope(handle.db, { id, role: "admin", tenants }, request);
}
const row = async (id: string) => (await handle.db.select().from(staffUsers).where(eq(staffUsers.id, id)))[0]!;
const auditsOf = (id: string) => handle.db.select().from(auditLog).where(eq(auditLog.targetId, id));

describe(`console staff management (${testDbKind})`, () => {
  it("S23/S20: an admin creates a person within their tenants; the one-time password is returned once, never stored or audited", async () => {
    const actor = await adminActor(["polo", "polsp"]);
    const parsed = staffInputSchema.parse({ email: " Nowa.Osoba@Obsluga.Test ", role: "staff", tenant_polo: "on", tenant_mpec: "" });
    expect(parsed).toEqual({ email: "Nowa.Osoba@Obsluga.Test", role: "staff", tenants: ["polo"] });
    const result = await createManagedStaff(actor, parsed);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const created = await row(result.id);
    expect(created).toMatchObject({ email: "nowa.osoba@obsluga.test", role: "staff", tenants: ["polo"], mustChangePassword: true, createdBy: actor.staff.id });
    expect(created.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifySecret(created.passwordHash, result.oneTimePassword)).toBe(true);
    const [entry] = await auditsOf(result.id);
    expect(entry).toMatchObject({ action: "staff.created", actorKind: "staff", actorId: actor.staff.id, ip: "198.51.100.9", tenantId: "polo" });
    expect(JSON.stringify(entry)).not.toContain(result.oneTimePassword);

    expect(await createManagedStaff(actor, parsed)).toMatchObject({ ok: false, fieldErrors: { email: expect.any(Array) } });
    expect(await createManagedStaff(actor, { email: email("x"), role: "admin", tenants: ["polo", "mpec"] })).toMatchObject({
      ok: false,
      fieldErrors: { tenants: expect.any(Array) },
    });
  });

  it("lists and finds only people whose tenants all lie within the admin's; others are not found", async () => {
    const actor = await adminActor(["polo"]);
    const inside = await person("staff", ["polo"]);
    const mixed = await person("staff", ["polo", "polsp"]);
    const outside = await person("admin", ["polsp"]);
    const listed = (await listManagedStaff(actor)).map((p) => p.id);
    expect(listed).toContain(inside.id);
    expect(listed).toContain(actor.staff.id);
    expect(listed).not.toContain(mixed.id);
    expect(listed).not.toContain(outside.id);
    expect(await findManagedStaff(actor, mixed.id)).toBeNull();
    expect(await findManagedStaff(actor, "1; drop table")).toBeNull();
    for (const act of [
      () => resetManagedStaff(actor, mixed.id),
      () => unlockManagedStaff(actor, mixed.id),
      () => setStaffDisabled(actor, outside.id, true),
      () => updateStaffAccess(actor, outside.id, { role: "staff", tenants: ["polo"] }),
    ]) {
      expect(await act()).toEqual({ ok: false, notFound: true });
    }
    expect((await row(outside.id)).disabledAt).toBeNull();
    expect((await row(outside.id)).role).toBe("admin");
  });

  it("a staff member (not an admin) lists, finds and changes nobody", async () => {
    const target = await person("staff", ["polo"]);
    const { id } = await person("staff", ["polo"]);
    const staff = staffScope(handle.db, { id, tenants: ["polo"] }, request);
    expect(await listManagedStaff(staff)).toEqual([]);
    expect(await findManagedStaff(staff, target.id)).toBeNull();
    expect(await setStaffDisabled(staff, target.id, true)).toEqual({ ok: false, notFound: true });
    expect(await createManagedStaff(staff, { email: email("s"), role: "admin", tenants: ["polo"] })).toMatchObject({ ok: false, notFound: true });
    expect(await createScopedImportKey(staff, { tenantId: "polo", label: "X", scope: "both" })).toMatchObject({ ok: false, notFound: true });
    expect(await listImportKeys(staff)).toEqual([]);
    expect((await row(target.id)).disabledAt).toBeNull();
  });

  it("an admin cannot act on their own account", async () => {
    const actor = await adminActor(["polo"]);
    expect(await updateStaffAccess(actor, actor.staff.id, { role: "admin", tenants: ["polo"] })).toEqual({ ok: false, message: SELF_REFUSED });
    expect(await setStaffDisabled(actor, actor.staff.id, true)).toEqual({ ok: false, message: SELF_REFUSED });
    expect(await resetManagedStaff(actor, actor.staff.id)).toEqual({ ok: false, message: SELF_REFUSED });
  });

  it("S20: reset, unlock, disable, enable and access changes are applied and audited", async () => {
    const actor = await adminActor(["polo", "polsp"]);
    const target = await person("staff", ["polo"]);
    await handle.db
      .update(staffUsers)
      .set({ lockedAt: new Date(), failedAttempts: 5, totpEnrolledAt: new Date(), totpSecret: "SECRET", mustChangePassword: false })
      .where(eq(staffUsers.id, target.id));
    await createStaffSession(handle.db, target.id, true, request);

    expect(await unlockManagedStaff(actor, target.id)).toEqual({ ok: true });
    expect(await row(target.id)).toMatchObject({ lockedAt: null, failedAttempts: 0 });
    expect(await unlockManagedStaff(actor, target.id)).toMatchObject({ ok: false, message: expect.any(String) });

    expect(await setStaffDisabled(actor, target.id, true)).toEqual({ ok: true });
    expect((await row(target.id)).disabledAt).not.toBeNull();
    const sessions = await handle.db.select().from(staffSessions).where(eq(staffSessions.staffId, target.id));
    expect(sessions.every((s) => s.revokedAt)).toBe(true);
    expect(await setStaffDisabled(actor, target.id, false)).toEqual({ ok: true });
    expect((await row(target.id)).disabledAt).toBeNull();

    const reset = await resetManagedStaff(actor, target.id);
    if (!reset.ok) throw new Error(JSON.stringify(reset));
    const after = await row(target.id);
    expect(after).toMatchObject({ mustChangePassword: true, totpSecret: null, totpEnrolledAt: null });
    expect(await verifySecret(after.passwordHash, reset.oneTimePassword)).toBe(true);

    expect(await updateStaffAccess(actor, target.id, { role: "admin", tenants: ["polo", "polsp"] })).toEqual({ ok: true });
    expect(await row(target.id)).toMatchObject({ role: "admin", tenants: ["polo", "polsp"] });
    expect(await updateStaffAccess(actor, target.id, { role: "staff", tenants: ["mpec"] })).toMatchObject({
      ok: false,
      fieldErrors: { tenants: expect.any(Array) },
    });

    const entries = await auditsOf(target.id);
    expect(entries.map((e) => e.action).sort()).toEqual(["staff.access_changed", "staff.disabled", "staff.enabled", "staff.reset", "staff.unlocked"]);
    for (const e of entries) {
      expect(e).toMatchObject({ actorKind: "staff", actorId: actor.staff.id, ip: "198.51.100.9" });
      expect(JSON.stringify(e)).not.toContain(reset.oneTimePassword);
      expect(JSON.stringify(e.details)).not.toMatch(/password|hash|SECRET/i);
    }
  });
});

describe(`console import keys (${testDbKind})`, () => {
  it("S20: a key is created for a tenant in scope, returned once, audited without the key; revoked keys are refused", async () => {
    const actor = await adminActor(["polsp"]);
    const created = await createScopedImportKey(actor, { tenantId: "polsp", label: "CRM produkcja", scope: "both" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(await verifyImportKey(handle.db, "polsp", created.key, "import")).toEqual({ id: created.id, dev: false, scope: "both", allowed: true });
    const listed = await listImportKeys(actor);
    expect(listed.map((t) => t.tenant.id)).toEqual(["polsp"]);
    expect(listed[0]!.keys.find((k) => k.id === created.id)).toMatchObject({ label: "CRM produkcja", scope: "both", revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(created.key);

    expect(await revokeScopedImportKey(actor, created.id)).toEqual({ ok: true });
    expect(await verifyImportKey(handle.db, "polsp", created.key, "import")).toBeNull();
    expect(await revokeScopedImportKey(actor, created.id)).toMatchObject({ ok: false, message: expect.any(String) });

    const entries = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetKind, "import_key"), eq(auditLog.targetId, created.id)));
    expect(entries.map((e) => e.action).sort()).toEqual(["import_key.created", "import_key.revoked"]);
    for (const e of entries) {
      expect(e).toMatchObject({ tenantId: "polsp", actorKind: "staff", actorId: actor.staff.id, ip: "198.51.100.9" });
      expect(JSON.stringify(e)).not.toContain(created.key);
    }
  });

  it("S31: the scope chosen in the console is stored, listed and audited; a scope outside the list is refused in Polish", async () => {
    const actor = await adminActor(["polo"]);
    const created = await createScopedImportKey(actor, { tenantId: "polo", label: "CRM tylko import", scope: "import" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(await verifyImportKey(handle.db, "polo", created.key, "export")).toMatchObject({ id: created.id, allowed: false });
    const listed = await listImportKeys(actor);
    expect(listed[0]!.keys.find((k) => k.id === created.id)).toMatchObject({ label: "CRM tylko import", scope: "import" });
    const [entry] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetKind, "import_key"), eq(auditLog.targetId, created.id)));
    expect(entry!.details).toEqual({ label: "CRM tylko import", scope: "import" });
    const parsed = newImportKeySchema.safeParse({ tenantId: "polo", label: "X", scope: "all" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({ path: ["scope"], message: "Wybierz zakres klucza." });
  });

  it("scope: another tenant's key is not found and cannot be revoked; no key is made for a tenant outside scope", async () => {
    const actor = await adminActor(["polo"]);
    const other = await createImportKey(handle.db, "polsp", "CRM POLSp", null, "both");
    expect(await findImportKey(actor, other.id)).toBeNull();
    expect(await revokeScopedImportKey(actor, other.id)).toEqual({ ok: false, notFound: true });
    const [row] = await handle.db.select().from(importKeys).where(eq(importKeys.id, other.id));
    expect(row!.revokedAt).toBeNull();
    expect(await createScopedImportKey(actor, { tenantId: "polsp", label: "X", scope: "both" })).toMatchObject({
      ok: false,
      fieldErrors: { tenantId: expect.any(Array) },
    });
    expect(await createScopedImportKey(actor, { tenantId: "nieznany", label: "X", scope: "both" })).toMatchObject({ ok: false });
  });
});
