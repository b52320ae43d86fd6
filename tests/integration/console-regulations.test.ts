import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { staffScope } from "@/tests/helpers/staff-scope";
import { auditLog, emailOutbox, regulationVersions } from "@/db/schema";
import { acceptRegulation, regulationToAccept } from "@/lib/regulations/acceptance";
import { currentRegulation } from "@/lib/regulations/in-force";
import { addDays, now } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import {
  createRegulationDraft,
  EFFECTIVE_DATE_PAST,
  findRegulation,
  listRegulations,
  publishRegulation,
  updateRegulationDraft,
} from "@/lib/regulations/publishing";
import { archivedRegulation, publishedRegulations } from "@/lib/regulations/archive";
import type { StaffScope } from "@/lib/staff/scope";
import { createAccount, tenant } from "@/tests/integration/sign-in-fixtures";

const handle = setupTestDb();

const request = { ip: "198.51.100.7", userAgent: "vitest" };
const admin = (tenants: string[]): StaffScope => staffScope(handle.db, { id: crypto.randomUUID(), role: "admin", tenants }, request);
const today = () => warsawDate(now());
const draft = (version: string, extra: Partial<{ tenantId: string; effectiveDate: string; markdown: string }> = {}) => ({
  tenantId: "polsp",
  version,
  title: "Regulamin serwisu",
  markdown: "## § 1. Postanowienia ogólne\n\nNowa treść.",
  effectiveDate: today(),
  ...extra,
});

describe(`console regulations (${testDbKind})`, () => {
  it("S20: a published version is current from its effective date, for its tenant only; audited and announced", async () => {
    const polspCustomer = await createAccount(handle.db, { tenantId: "polsp" });
    const poloCustomer = await createAccount(handle.db, { tenantId: "polo" });
    const actor = admin(["polsp"]);
    const saved = await createRegulationDraft(actor, draft("2026.1"));
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    // A draft changes nothing for customers.
    expect(await regulationToAccept(handle.db, tenant("polsp"), polspCustomer.id)).toBeNull();

    const published = await publishRegulation(actor, saved.id);
    expect(published.ok).toBe(true);
    expect((await regulationToAccept(handle.db, tenant("polsp"), polspCustomer.id))?.id).toBe(saved.id);
    expect(await regulationToAccept(handle.db, tenant("polo"), poloCustomer.id)).toBeNull();

    const [row] = await handle.db.select().from(regulationVersions).where(eq(regulationVersions.id, saved.id));
    expect(row).toMatchObject({ status: "published", publishedBy: actor.staff.id });
    const [entry] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "regulation.published"), eq(auditLog.targetId, saved.id)));
    expect(entry).toMatchObject({ tenantId: "polsp", actorKind: "staff", actorId: actor.staff.id, ip: "198.51.100.7" });
    const mails = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.template, "regulation-updated"));
    expect(mails.map((m) => m.to)).toContain(polspCustomer.email);
    expect(mails.map((m) => m.to)).not.toContain(poloCustomer.email);

    // Acceptances are counted per version.
    await acceptRegulation(handle.db, { tenantId: "polsp", accountId: polspCustomer.id, versionId: saved.id, ip: null });
    const listed = await listRegulations(actor);
    const version = listed[0]!.versions.find((v) => v.id === saved.id)!;
    expect(version).toMatchObject({ acceptances: 1, current: true, status: "published" });
  });

  it("a version with a later effective date is not current until then", async () => {
    const actor = admin(["polsp"]);
    const before = await currentRegulation(handle.db, tenant("polsp"));
    const saved = await createRegulationDraft(actor, draft("2026.future", { effectiveDate: warsawDate(addDays(now(), 10)) }));
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect((await publishRegulation(actor, saved.id)).ok).toBe(true);
    expect((await currentRegulation(handle.db, tenant("polsp"))).id).toBe(before.id);
  });

  it("published versions are immutable; drafts are validated and their labels unique per tenant", async () => {
    const actor = admin(["polsp"]);
    const saved = await createRegulationDraft(actor, draft("2026.2"));
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(await createRegulationDraft(actor, draft("2026.2"))).toEqual({ ok: false, fieldErrors: { version: [expect.stringContaining("już istnieje")] } });
    expect(await createRegulationDraft(actor, draft("2026.3", { effectiveDate: "2020-01-01" }))).toEqual({
      ok: false,
      fieldErrors: { effectiveDate: [EFFECTIVE_DATE_PAST] },
    });
    const edited = await updateRegulationDraft(actor, { id: saved.id, version: "2026.2a", title: "Poprawiony", markdown: "Treść", effectiveDate: today() });
    expect(edited.ok).toBe(true);
    expect((await publishRegulation(actor, saved.id)).ok).toBe(true);
    expect(await publishRegulation(actor, saved.id)).toMatchObject({ ok: false });
    expect(await updateRegulationDraft(actor, { id: saved.id, version: "2026.2b", title: "Zmiana", markdown: "X", effectiveDate: today() })).toMatchObject({
      ok: false,
      notFound: true,
    });
    const [row] = await handle.db.select().from(regulationVersions).where(eq(regulationVersions.id, saved.id));
    expect(row).toMatchObject({ version: "2026.2a", title: "Poprawiony" });
  });

  it("scope: another tenant's version is not found, and a draft cannot be made for it", async () => {
    const polsp = admin(["polsp"]);
    const polo = admin(["polo"]);
    const saved = await createRegulationDraft(polsp, draft("2026.scope"));
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(await findRegulation(polo, saved.id)).toBeNull();
    expect(await findRegulation(polo, "not-a-uuid")).toBeNull();
    expect(await publishRegulation(polo, saved.id)).toEqual({ ok: false, notFound: true });
    expect(await updateRegulationDraft(polo, { id: saved.id, version: "x", title: "x", markdown: "x", effectiveDate: today() })).toMatchObject({
      notFound: true,
    });
    expect(await createRegulationDraft(polo, draft("2026.other", { tenantId: "polsp" }))).toMatchObject({
      ok: false,
      fieldErrors: { tenantId: expect.any(Array) },
    });
    expect((await listRegulations(polo)).map((t) => t.tenant.id)).toEqual(["polo"]);
    const [row] = await handle.db.select().from(regulationVersions).where(eq(regulationVersions.id, saved.id));
    expect(row!.status).toBe("draft");
  });

  it("a staff member (not an admin) finds, makes and publishes nothing", async () => {
    const admin1 = admin(["polsp"]);
    const saved = await createRegulationDraft(admin1, draft("2026.role"));
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const staff = staffScope(handle.db, { id: crypto.randomUUID(), tenants: ["polsp"] }, request);
    expect(await listRegulations(staff)).toEqual([]);
    expect(await findRegulation(staff, saved.id)).toBeNull();
    expect(await publishRegulation(staff, saved.id)).toEqual({ ok: false, notFound: true });
    expect(await createRegulationDraft(staff, draft("2026.role2"))).toMatchObject({ ok: false, notFound: true });
    const [row] = await handle.db.select().from(regulationVersions).where(eq(regulationVersions.id, saved.id));
    expect(row!.status).toBe("draft");
  });

  it("the public archive lists published versions only, the tenant file's first", async () => {
    const actor = admin(["mpec"]);
    const first = await currentRegulation(handle.db, tenant("mpec"));
    const saved = await createRegulationDraft(actor, draft("2026.archive", { tenantId: "mpec" }));
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect((await publishedRegulations(handle.db, tenant("mpec"))).map((v) => v.version)).toEqual([first.version]);
    expect(await archivedRegulation(handle.db, tenant("mpec"), "2026.archive")).toBeNull();
    await publishRegulation(actor, saved.id);
    expect((await publishedRegulations(handle.db, tenant("mpec"))).map((v) => v.version)).toEqual(["2026.archive", first.version]);
    expect((await archivedRegulation(handle.db, tenant("mpec"), first.version))?.id).toBe(first.id);
    expect(await archivedRegulation(handle.db, tenant("polo"), "2026.archive")).toBeNull();
  });
});
